package org.mhfa.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mhfa.catalogue.AlgeeStep;
import org.mhfa.catalogue.Choice;
import org.mhfa.catalogue.Scenario;
import org.mhfa.catalogue.ScenarioNode;
import org.mhfa.scenario.PathStep;

/** The dashboard's mastery per ALGEE step, from the scenario paths of the cohort's joined members (one query). */
@ApplicationScoped
public class AlgeeMastery {

    private final EntityManager em;
    private final ObjectMapper json;

    AlgeeMastery(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Choices made at each ALGEE step in the cohort's play-throughs, and how many of them were the best choice on their node. */
    List<CohortDashboard.StepMastery> of(Cohort cohort, List<Scenario> scenarios) {
        Map<AlgeeStep, int[]> counts = new EnumMap<>(AlgeeStep.class);
        for (AlgeeStep step : AlgeeStep.values()) {
            counts.put(step, new int[2]);
        }
        Map<String, Scenario> byId = new HashMap<>();
        scenarios.forEach(scenario -> byId.put(scenario.id(), scenario));
        if (!byId.isEmpty()) {
            em.createQuery("select r.scenarioId, r.path from ScenarioRun r where r.enrolment.id in " + CohortDashboard.ENROLMENTS,
                            Object[].class)
                    .setParameter("cohort", cohort).setParameter("course", cohort.courseId).getResultList()
                    .forEach(row -> {
                        Scenario scenario = byId.get((String) row[0]);
                        if (scenario == null) {
                            return;
                        }
                        for (PathStep step : path((String) row[1])) {
                            AlgeeStep.fromKey(step.step()).ifPresent(algee -> {
                                int[] count = counts.get(algee);
                                count[0]++;
                                if (isBest(scenario, step)) {
                                    count[1]++;
                                }
                            });
                        }
                    });
        }
        return counts.entrySet().stream()
                .map(entry -> new CohortDashboard.StepMastery(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
    }

    /** True when the choice made scored as much as the best choice on its node (in the scenario as it is now). */
    static boolean isBest(Scenario scenario, PathStep step) {
        ScenarioNode node = scenario.node(step.node()).orElse(null);
        if (node == null || node.choices().isEmpty()) {
            return false;
        }
        int best = node.choices().stream().mapToInt(Choice::score).max().orElse(Integer.MIN_VALUE);
        return step.score() >= best;
    }

    private List<PathStep> path(String path) {
        try {
            return json.readValue(path, new TypeReference<List<PathStep>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
