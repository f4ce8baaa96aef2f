package org.mhfa.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.ContentVersions;
import org.mhfa.catalogue.Course;
import org.mhfa.identity.Learner;

/** Which courses an author may edit, and the admins' naming and removing of authors. */
@ApplicationScoped
public class CourseAuthors {

    /** A course in the authoring list: its id, title as served (or its id while never published), and newest version. */
    public record EditableCourse(String id, String title, int publishedNumber, boolean hasDraft) {
    }

    /** A named author of a course. */
    public record Named(long learnerId, String name, String email, String grantedBy, Instant grantedAt) {
    }

    private final ContentVersions versions;
    private final ContentRepository repository;

    CourseAuthors(ContentVersions versions, ContentRepository repository) {
        this.versions = versions;
        this.repository = repository;
    }

    /** The courses {@code author} may edit: every course for an admin, those they were named for otherwise. */
    @Transactional
    public List<EditableCourse> editable(Author author) {
        Map<String, Integer> newest = versions.newestNumbers();
        Set<String> ids = new TreeSet<>(newest.keySet());
        CourseDraft.<CourseDraft>listAll().forEach(draft -> ids.add(draft.courseId));
        if (!author.admin()) {
            Set<String> mine = new TreeSet<>();
            CourseAuthor.<CourseAuthor>find("learner.id", author.learnerId()).stream().forEach(granted -> mine.add(granted.courseId));
            ids.retainAll(mine);
        }
        List<EditableCourse> courses = new ArrayList<>();
        for (String id : ids) {
            courses.add(new EditableCourse(id, title(id), newest.getOrDefault(id, 0), CourseDraft.findById(id) != null));
        }
        courses.sort(java.util.Comparator.comparing(EditableCourse::title, String.CASE_INSENSITIVE_ORDER));
        return courses;
    }

    /** The course's title as served, or its id while it was never published. */
    public String title(String courseId) {
        return repository.course(courseId).map(Course::title).orElse(courseId);
    }

    @Transactional
    public List<Named> authors(String courseId) {
        return CourseAuthor.<CourseAuthor>find("courseId = ?1 order by grantedAt", courseId).stream()
                .map(a -> new Named(a.learner.id, a.learner.displayName, a.learner.email, a.grantedBy, a.grantedAt)).toList();
    }

    /** Names the person with this e-mail address (who has signed in at least once) an author of the course. */
    @Transactional
    public Named grant(String courseId, String email, Author admin) {
        if (email == null || email.isBlank() || email.length() > 255 || !org.mhfa.platform.PlainText.Validator.isPlain(email)) {
            throw new InvalidDraftEditException(Map.of("email", "Enter the e-mail address the instructor signs in with."));
        }
        Optional<Learner> learner = Learner.<Learner>find("lower(email) = ?1 and erasedAt is null", email.strip().toLowerCase()).firstResultOptional();
        if (learner.isEmpty()) {
            throw new InvalidDraftEditException(Map.of("email", "No one with this e-mail address has signed in yet; ask them to sign in once."));
        }
        if (CourseAuthor.isAuthor(courseId, learner.get().id)) {
            throw new InvalidDraftEditException(Map.of("email", learner.get().displayName + " is already an author of this course."));
        }
        CourseAuthor granted = new CourseAuthor();
        granted.courseId = courseId;
        granted.learner = learner.get();
        granted.grantedBy = admin.name();
        granted.grantedAt = Instant.now();
        granted.persist();
        return new Named(learner.get().id, learner.get().displayName, learner.get().email, admin.name(), granted.grantedAt);
    }

    @Transactional
    public void revoke(String courseId, long learnerId) {
        if (CourseAuthor.delete("courseId = ?1 and learner.id = ?2", courseId, learnerId) == 0) {
            throw new UnknownAuthoringItemException("That person is not an author of '" + courseId + "'.");
        }
    }
}
