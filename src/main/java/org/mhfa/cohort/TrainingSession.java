package org.mhfa.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mhfa.platform.BaseEntity;

/** An instructor-led session of a cohort: when, how long, and where (a place or a video link). */
@Entity
@Table(name = "training_session")
public class TrainingSession extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id")
    public Cohort cohort;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    public String place;

    @Column(name = "video_link")
    public String videoLink;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The cohort's sessions, earliest first. */
    public static List<TrainingSession> listFor(Cohort cohort) {
        return list("cohort = ?1 order by startsAt, id", cohort);
    }

    /** The session if it belongs to the cohort. */
    public static Optional<TrainingSession> findIn(Cohort cohort, Long id) {
        return find("id = ?1 and cohort = ?2", id, cohort).firstResultOptional();
    }
}
