package org.mhfa.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.mhfa.identity.Learner;
import org.mhfa.privacy.Erasure;
import org.mhfa.privacy.PersonalDataHolder;

/**
 * Enrolments and lessons read. On erasure the lessons read go, and so do the enrolments; an enrolment a certificate was
 * issued for stays (course and dates, under the pseudonym), since the certificate points to it.
 */
@ApplicationScoped
public class ProgressPersonalData implements PersonalDataHolder {

    /** An enrolment in the export. */
    public record EnrolmentData(long id, String courseId, Instant enrolledAt, Instant completedAt, List<LessonRead> lessonsRead) {
    }

    /** A lesson read, in the export. */
    public record LessonRead(long id, String lessonId, String contentVersion, Instant completedAt) {
    }

    private final EntityManager entityManager;

    ProgressPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String section() {
        return "enrolments";
    }

    @Override
    public Set<String> tables() {
        return Set.of("enrolment", "lesson_progress");
    }

    @Override
    public int erasureOrder() {
        return ENROLMENTS;
    }

    @Override
    public Object export(Learner learner) {
        return Enrolment.listFor(learner).stream().map(enrolment -> new EnrolmentData(enrolment.id, enrolment.courseId,
                enrolment.enrolledAt, enrolment.completedAt, LessonProgress.<LessonProgress>list("enrolment = ?1 order by completedAt, id", enrolment)
                        .stream().map(read -> new LessonRead(read.id, read.lessonId, read.contentVersion, read.completedAt)).toList()))
                .toList();
    }

    @Override
    public void erase(Erasure erasure) {
        entityManager.createQuery("delete from LessonProgress p where p.enrolment in (select e from Enrolment e where e.learner = :learner)")
                .setParameter("learner", erasure.learner()).executeUpdate();
        entityManager.createQuery("delete from Enrolment e where e.learner = :learner "
                        + "and not exists (select c from org.mhfa.certificate.Certificate c where c.enrolment = e)")
                .setParameter("learner", erasure.learner()).executeUpdate();
    }
}
