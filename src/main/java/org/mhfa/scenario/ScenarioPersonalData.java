package org.mhfa.scenario;

import org.mhfa.catalogue.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Set;
import org.mhfa.identity.Learner;
import org.mhfa.privacy.Erasure;
import org.mhfa.privacy.PersonalDataHolder;
import org.mhfa.privacy.StoredJson;

/** Scenario runs with the path taken and the score; deleted on erasure. */
@ApplicationScoped
public class ScenarioPersonalData implements PersonalDataHolder {

    /** A run in the export. */
    public record RunData(long id, String courseId, String scenarioId, String contentVersion, RunStatus status, String currentNode,
            int score, Object path, Outcome outcome, Boolean passed, Instant startedAt, Instant updatedAt, Instant finishedAt) {
    }

    private final EntityManager entityManager;

    ScenarioPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String section() {
        return "scenarioRuns";
    }

    @Override
    public Set<String> tables() {
        return Set.of("scenario_run");
    }

    @Override
    public Object export(Learner learner) {
        return entityManager.createQuery("select r from ScenarioRun r join fetch r.enrolment e where e.learner = :learner "
                        + "order by r.startedAt, r.id", ScenarioRun.class)
                .setParameter("learner", learner).getResultStream()
                .map(r -> new RunData(r.id, r.enrolment.courseId, r.scenarioId, r.contentVersion, r.status, r.currentNode, r.score,
                        StoredJson.of(r.path), r.outcome, r.passed, r.startedAt, r.updatedAt, r.finishedAt))
                .toList();
    }

    @Override
    public void erase(Erasure erasure) {
        entityManager.createQuery("delete from ScenarioRun r where r.enrolment in (select e from Enrolment e where e.learner = :learner)")
                .setParameter("learner", erasure.learner()).executeUpdate();
    }
}
