package org.mhfa.verification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mhfa.content.ContentRepository;
import org.mhfa.course.Course;
import org.mhfa.scenario.AlgeeStep;
import org.mhfa.scenario.Scenario;

/**
 * The competencies a certificate stands for, shown on verification: the steps of the action plan (ALGEE) that the
 * course's scenarios exercise, read from the course as loaded now. This is the seam to replace with the competencies
 * recorded on the certificate itself once certificates carry them.
 */
@ApplicationScoped
public class Competencies {

    private final ContentRepository content;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    Competencies(ContentRepository content) {
        this.content = content;
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
        Set<AlgeeStep> steps = EnumSet.noneOf(AlgeeStep.class);
        course.items().filter(Scenario.class::isInstance).map(Scenario.class::cast)
                .flatMap(scenario -> scenario.nodes().values().stream())
                .flatMap(node -> node.choices().stream())
                .filter(choice -> choice.step() != null)
                .forEach(choice -> steps.add(choice.step()));
        List<String> labels = steps.stream().map(AlgeeStep::label).toList();
        cache.put(courseId, new Cached(course, labels));
        return labels;
    }

    private record Cached(Course course, List<String> labels) {
    }
}
