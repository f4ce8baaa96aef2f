package org.mhfa.scenario;

import org.mhfa.catalogue.Scenario;
import org.mhfa.catalogue.ScenarioNode;
import org.mhfa.catalogue.Course;

/** A CDI event: a play-through reached an end node; fired inside the transaction that finishes the run. */
public record ScenarioCompleted(ScenarioRun run, Course course, Scenario scenario, ScenarioNode end) {
}
