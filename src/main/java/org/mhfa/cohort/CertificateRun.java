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
import org.mhfa.identity.Learner;
import org.mhfa.platform.BaseEntity;

/** One bulk issue of a cohort's certificates, with the counters its progress bar shows. */
@Entity
@Table(name = "certificate_run")
public class CertificateRun extends BaseEntity {

    /** Where a run is. */
    public enum State { RUNNING, FINISHED, INTERRUPTED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    public Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "started_by_id")
    public Learner startedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    public int total;
    public int processed;
    public int issued;
    public int skipped;
    public int failed;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public int percent() {
        return total == 0 ? 100 : 100 * processed / total;
    }

    public boolean finished() {
        return state == State.FINISHED;
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    public static List<CertificateRun> listFor(Cohort cohort) {
        return list("cohort = ?1 order by startedAt desc", cohort);
    }

    public static java.util.Optional<CertificateRun> findIn(Cohort cohort, Long id) {
        return find("cohort = ?1 and id = ?2", cohort, id).firstResultOptional();
    }
}
