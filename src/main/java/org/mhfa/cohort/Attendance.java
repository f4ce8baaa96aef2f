package org.mhfa.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mhfa.identity.Learner;
import org.mhfa.platform.BaseEntity;

/** A trainee's attendance at one session, as marked by the instructor (one record per trainee and session). */
@Entity
public class Attendance extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    public TrainingSession session;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "learner_id")
    public Learner learner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendanceStatus status;

    public String note;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The instructor (or administrator) who marked it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by_id")
    public Learner recordedBy;

    public static Optional<Attendance> find(TrainingSession session, Learner learner) {
        return find("session = ?1 and learner = ?2", session, learner).firstResultOptional();
    }

    /** Every attendance marked for the cohort's sessions. */
    public static List<Attendance> listForCohort(Cohort cohort) {
        return list("from Attendance a join fetch a.session s where s.cohort = ?1", cohort);
    }

    /**
     * When the learner was marked PRESENT at a session of any cohort of the course: the sessions' start times,
     * earliest first. Completion rules ("attended a session within N days") read this.
     */
    public static List<Instant> attendedAt(Long learnerId, String courseId) {
        return getEntityManager().createQuery("""
                select s.startsAt from Attendance a join a.session s join s.cohort c
                where a.learner.id = :learner and c.courseId = :course and a.status = :present
                order by s.startsAt""", Instant.class)
                .setParameter("learner", learnerId)
                .setParameter("course", courseId)
                .setParameter("present", AttendanceStatus.PRESENT)
                .getResultList();
    }
}
