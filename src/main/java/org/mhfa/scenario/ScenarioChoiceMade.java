package org.mhfa.scenario;

import org.mhfa.catalogue.Choice;
import org.mhfa.catalogue.Scenario;
import org.mhfa.catalogue.ScenarioNode;
import java.time.Instant;
import org.mhfa.catalogue.Course;

/** A CDI event: a trainee took a choice on a scenario node; fired inside the transaction that records it. */
public record ScenarioChoiceMade(ScenarioRun run, Course course, Scenario scenario, ScenarioNode node, Choice choice, Instant at) {
}
