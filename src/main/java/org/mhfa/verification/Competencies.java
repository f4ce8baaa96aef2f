package org.mhfa.verification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mhfa.certificate.Certificate;
import org.mhfa.certificate.CourseCompetencies;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;

/**
 * The competencies a certificate stands for, shown on verification: those recorded on the certificate when it was
 * issued; for certificates issued before they were recorded, the action-plan steps the course's scenarios exercise now.
 */
@ApplicationScoped
public class Competencies {

    private final ContentRepository content;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    Competencies(ContentRepository content) {
        this.content = content;
    }

    /** What the registry holds for the certificate, else what its course trains. */
    public List<String> of(Certificate certificate) {
        List<String> recorded = certificate.competencyList();
        return recorded.isEmpty() ? ofCourse(certificate.courseId) : recorded;
    }

    /** The competency labels for a course, in action-plan order; empty for a course no longer loaded. */
    public List<String> ofCourse(String courseId) {
        Course course = content.course(courseId).orElse(null);
        if (course == null) {
            return List.of();
        }
        Cached cached = cache.get(courseId);
        if (cached != null && cached.course() == course) {
            return cached.labels();
        }
        List<String> labels = CourseCompetencies.labels(course);
        cache.put(courseId, new Cached(course, labels));
        return labels;
    }

    private record Cached(Course course, List<String> labels) {
    }
}
