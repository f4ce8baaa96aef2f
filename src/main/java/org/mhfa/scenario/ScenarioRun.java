package org.mhfa.scenario;

import org.mhfa.catalogue.Outcome;
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
import org.mhfa.enrolment.Enrolment;
import org.mhfa.platform.BaseEntity;

/** A play-through of a branching scenario: the node reached, the path taken and the score, against one content version. */
@Entity
@Table(name = "scenario_run")
public class ScenarioRun extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id")
    public Enrolment enrolment;

    @Column(name = "scenario_id", nullable = false)
    public String scenarioId;

    @Column(name = "content_version", nullable = false)
    public String contentVersion;

    @Column(name = "current_node", nullable = false)
    public String currentNode;

    @Column(nullable = false)
    public int score;

    /** The choices made, as JSON: [{"node": …, "choice": 0, "target": …, "score": 2, "step": "listen"}, …]. */
    @Column(nullable = false, length = 16000)
    public String path;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RunStatus status;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public Boolean passed;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public static List<ScenarioRun> listFor(Enrolment enrolment) {
        return list("enrolment = ?1 order by startedAt", enrolment);
    }

    public static Optional<ScenarioRun> active(Enrolment enrolment, String scenarioId) {
        return find("enrolment = ?1 and scenarioId = ?2 and status = ?3 order by startedAt desc", enrolment, scenarioId,
                RunStatus.ACTIVE).firstResultOptional();
    }

    public static Optional<ScenarioRun> latest(Enrolment enrolment, String scenarioId) {
        return find("enrolment = ?1 and scenarioId = ?2 order by startedAt desc, id desc", enrolment, scenarioId).firstResultOptional();
    }
}
