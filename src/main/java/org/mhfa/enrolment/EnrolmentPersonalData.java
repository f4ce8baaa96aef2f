package org.mhfa.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mhfa.identity.Learner;
import org.mhfa.privacy.Erasure;
import org.mhfa.privacy.PersonalDataHolder;

/**
 * Enrolments (with when the e-learning part was finished), lessons read and lessons first opened. On erasure the lessons
 * read and opened go, and so do the enrolments; an enrolment a certificate was
 * issued for stays (course and dates, under the pseudonym), since the certificate points to it.
 */
@ApplicationScoped
public class EnrolmentPersonalData implements PersonalDataHolder {

    /** An enrolment in the export. */
    public record EnrolmentData(long id, String courseId, Instant enrolledAt, Instant elearningCompletedAt, Instant completedAt,
            List<LessonRead> lessonsRead, List<LessonOpened> lessonsOpened) {
    }

    /** A lesson first opened, in the export. */
    public record LessonOpened(long id, String lessonId, Instant firstViewedAt) {
    }

    /** A lesson read, in the export. */
    public record LessonRead(long id, String lessonId, String contentVersion, Instant completedAt) {
    }

    private final EntityManager entityManager;
    private final Instance<KeptEnrolments> keptEnrolments;

    EnrolmentPersonalData(EntityManager entityManager, Instance<KeptEnrolments> keptEnrolments) {
        this.entityManager = entityManager;
        this.keptEnrolments = keptEnrolments;
    }

    @Override
    public String section() {
        return "enrolments";
    }

    @Override
    public Set<String> tables() {
        return Set.of("enrolment", "lesson_progress", "lesson_view");
    }

    @Override
    public int erasureOrder() {
        return ENROLMENTS;
    }

    @Override
    public Object export(Learner learner) {
        return Enrolment.listFor(learner).stream().map(enrolment -> new EnrolmentData(enrolment.id, enrolment.courseId,
                enrolment.enrolledAt, enrolment.elearningCompletedAt, enrolment.completedAt,
                LessonProgress.<LessonProgress>list("enrolment = ?1 order by completedAt, id", enrolment)
                        .stream().map(read -> new LessonRead(read.id, read.lessonId, read.contentVersion, read.completedAt)).toList(),
                lessonsOpened(enrolment)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<LessonOpened> lessonsOpened(Enrolment enrolment) {
        List<Object[]> rows = entityManager.createNativeQuery("select id, lesson_id, first_viewed_at from lesson_view "
                        + "where enrolment_id = ?1 order by first_viewed_at, id")
                .setParameter(1, enrolment.id).getResultList();
        return rows.stream().map(row -> new LessonOpened(((Number) row[0]).longValue(), (String) row[1], instant(row[2]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : null;
    }

    @Override
    public void erase(Erasure erasure) {
        entityManager.createNativeQuery("delete from lesson_view where enrolment_id in (select id from enrolment where learner_id = ?1)")
                .setParameter(1, erasure.learner().id).executeUpdate();
        entityManager.createQuery("delete from LessonProgress p where p.enrolment in (select e from Enrolment e where e.learner = :learner)")
                .setParameter("learner", erasure.learner()).executeUpdate();
        Set<Long> kept = new HashSet<>();
        keptEnrolments.forEach(holder -> kept.addAll(holder.keptEnrolmentIds(erasure.learner())));
        entityManager.createQuery("delete from Enrolment e where e.learner = :learner and e.id not in :kept")
                .setParameter("learner", erasure.learner())
                .setParameter("kept", kept.isEmpty() ? Set.of(-1L) : kept)
                .executeUpdate();
    }
}
