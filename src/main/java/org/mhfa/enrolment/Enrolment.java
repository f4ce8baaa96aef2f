package org.mhfa.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mhfa.identity.Learner;
import org.mhfa.platform.BaseEntity;

/** A learner's enrolment in a course. */
@Entity
public class Enrolment extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "learner_id")
    public Learner learner;

    @Column(name = "course_id", nullable = false)
    public String courseId;

    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** When every required item was first seen done (the course may still wait for attendance). */
    @Column(name = "elearning_completed_at")
    public Instant elearningCompletedAt;

    public static Optional<Enrolment> find(Learner learner, String courseId) {
        return find("learner = ?1 and courseId = ?2", learner, courseId).firstResultOptional();
    }

    public static List<Enrolment> listFor(Learner learner) {
        return list("learner = ?1 order by enrolledAt", learner);
    }
}
