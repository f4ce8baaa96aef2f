package org.mhfa.scenario;

import org.mhfa.catalogue.Choice;
import org.mhfa.catalogue.Outcome;
import org.mhfa.catalogue.Scenario;
import org.mhfa.catalogue.ScenarioNode;
import org.mhfa.catalogue.Scoring;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.CourseCatalogue;
import org.mhfa.identity.Learner;
import org.mhfa.enrolment.Enrolment;
import org.mhfa.enrolment.EnrolmentService;

/** Plays branching scenarios: starts a run, applies choices, steps back, leaves, and finishes at an end node. */
@ApplicationScoped
public class ScenarioService {

    private final EnrolmentService enrolments;
    private final ObjectMapper json;
    private final Event<Object> events;
    private final CourseCatalogue catalogue;

    ScenarioService(EnrolmentService enrolments, ObjectMapper json, Event<Object> events, CourseCatalogue catalogue) {
        this.catalogue = catalogue;
        this.enrolments = enrolments;
        this.json = json;
        this.events = events;
    }

    /** The run to show: the active one (to resume), else the latest finished one; empty if never played. */
    @Transactional
    public Optional<ScenarioRun> current(Learner learner, Course course, Scenario scenario) {
        return enrolments.enrolment(learner, course).flatMap(enrolment -> ScenarioRun.active(enrolment, scenario.id())
                .or(() -> ScenarioRun.latest(enrolment, scenario.id())));
    }

    /** Starts a new play-through at the start node; an unfinished one is left behind. */
    @Transactional
    public ScenarioRun start(Learner learner, Course course, Scenario scenario) {
        Enrolment enrolment = enrolments.requireEnrolment(learner, course);
        ScenarioRun.active(enrolment, scenario.id()).ifPresent(previous -> finish(previous, RunStatus.LEFT, null));
        ScenarioRun run = new ScenarioRun();
        run.enrolment = enrolment;
        run.scenarioId = scenario.id();
        run.contentVersion = scenario.version();
        run.currentNode = scenario.startNodeId();
        run.score = 0;
        run.path = "[]";
        run.status = RunStatus.ACTIVE;
        run.startedAt = Instant.now();
        run.updatedAt = run.startedAt;
        run.persist();
        return run;
    }

    /** Takes choice {@code index} on the run's current node; reaching an end node finishes the run. */
    @Transactional
    public ScenarioRun choose(Learner learner, Course course, Scenario served, long runId, int index) {
        ScenarioRun run = activeRun(learner, course, served, runId);
        Scenario scenario = catalogue.scenarioAsPlayed(course, served, run.contentVersion);
        ScenarioNode node = nodeOf(scenario, run);
        if (index < 0 || index >= node.choices().size()) {
            throw new ScenarioChangedException("There is no choice " + (index + 1) + " on this step; pick one of the "
                    + node.choices().size() + " choices shown.");
        }
        Choice choice = node.choices().get(index);
        List<PathStep> path = new ArrayList<>(path(run));
        path.add(new PathStep(node.id(), index, choice.target(), choice.score(), choice.step().key()));
        run.path = write(path);
        run.score += choice.score();
        run.currentNode = choice.target();
        run.updatedAt = Instant.now();
        ScenarioNode reached = nodeOf(scenario, run);
        events.fire(new ScenarioChoiceMade(run, course, scenario, node, choice, run.updatedAt));
        if (reached.isEnd()) {
            int finalScore = scenario.scoring() == Scoring.STATIC ? reached.endScore() : run.score;
            run.score = finalScore;
            finish(run, RunStatus.COMPLETED, reached.outcome());
            run.passed = finalScore >= scenario.passScore();
            events.fire(new ScenarioCompleted(run, course, scenario, reached));
        }
        return run;
    }

    /** Undoes the last choice, where the scenario allows going back. */
    @Transactional
    public ScenarioRun back(Learner learner, Course course, Scenario served, long runId) {
        ScenarioRun run = activeRun(learner, course, served, runId);
        Scenario scenario = catalogue.scenarioAsPlayed(course, served, run.contentVersion);
        List<PathStep> path = new ArrayList<>(path(run));
        if (!scenario.backNavigation()) {
            throw new ScenarioChangedException("This scenario does not allow going back: every choice stands, as in real life.");
        }
        if (path.isEmpty()) {
            throw new ScenarioChangedException("You are at the first step; there is nothing to go back to.");
        }
        PathStep last = path.remove(path.size() - 1);
        run.path = write(path);
        run.score -= last.score();
        run.currentNode = last.node();
        run.updatedAt = Instant.now();
        return run;
    }

    /** The way out: ends the play-through without a result. */
    @Transactional
    public ScenarioRun leave(Learner learner, Course course, Scenario scenario, long runId) {
        ScenarioRun run = activeRun(learner, course, scenario, runId);
        finish(run, RunStatus.LEFT, null);
        return run;
    }

    /** The learner's own run; anyone else's is reported as absent. */
    @Transactional
    public Optional<ScenarioRun> runOf(Learner learner, String courseId, String scenarioId, long runId) {
        return ScenarioRun.<ScenarioRun>findByIdOptional(runId)
                .filter(run -> run.enrolment.learner.id.equals(learner.id))
                .filter(run -> run.enrolment.courseId.equals(courseId) && run.scenarioId.equals(scenarioId));
    }

    /** What the trainee sees of a run: on the scenario as the run started it, even if a newer version was published since. */
    public RunView view(Course course, Scenario served, ScenarioRun run) {
        Scenario scenario = catalogue.scenarioAsPlayed(course, served, run.contentVersion);
        ScenarioNode node = run.status == RunStatus.LEFT ? scenario.node(run.currentNode).orElse(scenario.start()) : nodeOf(scenario, run);
        return RunView.of(scenario, run, path(run), node);
    }

    public List<PathStep> path(ScenarioRun run) {
        try {
            return json.readValue(run.path, new TypeReference<List<PathStep>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored path of run " + run.id + " is not JSON", e);
        }
    }

    /** The node the run stands on, in the scenario as it is now. */
    public ScenarioNode nodeOf(Scenario scenario, ScenarioRun run) {
        return scenario.node(run.currentNode).orElseThrow(() -> new ScenarioChangedException(
                "This scenario has been updated since you started it and your place in it no longer exists; please start again."));
    }

    private ScenarioRun activeRun(Learner learner, Course course, Scenario scenario, long runId) {
        ScenarioRun run = runOf(learner, course.id(), scenario.id(), runId).orElseThrow(RunNotFoundException::new);
        if (run.status != RunStatus.ACTIVE) {
            throw new ScenarioChangedException("This play-through has ended; start the scenario again to play it once more.");
        }
        return run;
    }

    private static void finish(ScenarioRun run, RunStatus status, Outcome outcome) {
        run.status = status;
        run.outcome = outcome;
        run.finishedAt = Instant.now();
        run.updatedAt = run.finishedAt;
    }

    private String write(List<PathStep> path) {
        try {
            return json.writeValueAsString(path);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
