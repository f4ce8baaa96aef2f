package org.mhfa.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mhfa.identity.Learner;
import org.mhfa.platform.BaseEntity;

/** A group of trainees taking one course together with an instructor, between two dates, in a place or online. */
@Entity
public class Cohort extends BaseEntity {

    @Column(name = "course_id", nullable = false)
    public String courseId;

    @Column(nullable = false)
    public String name;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    /** Where the cohort meets in person, if it does. */
    public String place;

    /** The http(s) address of the video meeting, if it meets online. */
    @Column(name = "video_link")
    public String videoLink;

    @Column(nullable = false)
    public int capacity;

    /** The instructor who runs the cohort. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    public Learner owner;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Cohorts the instructor owns, newest start first. */
    public static List<Cohort> ownedBy(Learner owner) {
        return list("owner = ?1 order by startsOn desc, id desc", owner);
    }

    /** Every cohort, newest start first (for administrators). */
    public static List<Cohort> listAllNewestFirst() {
        return list("order by startsOn desc, id desc");
    }

    /** Cohorts of one course, newest start first. */
    public static List<Cohort> forCourse(String courseId) {
        return list("courseId = ?1 order by startsOn desc, id desc", courseId);
    }

    /** The cohort if it exists and the instructor owns it. */
    public static Optional<Cohort> findOwned(Long id, Learner owner) {
        return find("id = ?1 and owner = ?2", id, owner).firstResultOptional();
    }
}
