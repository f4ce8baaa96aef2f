package org.mhfa.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mhfa.identity.Learner;
import org.mhfa.platform.BaseEntity;

/**
 * A trainee's place in a cohort: pending while invited, joined once accepted (see {@link MemberStatus}); a joined
 * member is enrolled in the cohort's course.
 */
@Entity
@Table(name = "cohort_member")
public class CohortMember extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id")
    public Cohort cohort;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "learner_id")
    public Learner learner;

    /** The address the instructor invited the trainee with. */
    @Column(name = "invited_email")
    public String invitedEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberStatus status;

    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;

    /** The cohort's members, pending or joined, in the order they were invited, with their learner records. */
    public static List<CohortMember> listFor(Cohort cohort) {
        return list("from CohortMember m join fetch m.learner where m.cohort = ?1 order by m.enrolledAt, m.id", cohort);
    }

    /** The cohort's members who have joined, in the order they were invited, with their learner records. */
    public static List<CohortMember> listJoined(Cohort cohort) {
        return list("from CohortMember m join fetch m.learner where m.cohort = ?1 and m.status = ?2 order by m.enrolledAt, m.id",
                cohort, MemberStatus.ACTIVE);
    }

    public static long countIn(Cohort cohort) {
        return count("cohort", cohort);
    }

    public static Optional<CohortMember> find(Cohort cohort, Learner learner) {
        return find("cohort = ?1 and learner = ?2", cohort, learner).firstResultOptional();
    }

    public static long countJoined(Cohort cohort) {
        return count("cohort = ?1 and status = ?2", cohort, MemberStatus.ACTIVE);
    }

    /** Every cohort membership of a learner, newest cohort first. */
    public static List<CohortMember> listForLearner(Learner learner) {
        return list("from CohortMember m join fetch m.cohort c where m.learner = ?1 order by c.startsOn desc, c.id desc", learner);
    }
}
