package org.mhfa.scenario;

import org.mhfa.catalogue.Scenario;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.CourseCatalogue;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.platform.Roles;

/** Branching scenarios over JSON: start, choose, go back, leave, resume; trainees only, their own runs only. */
@Path("/api/courses/{courseId}/scenarios/{scenarioId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRAINEE)
@Tag(name = "Scenarios")
public class ScenarioApi {

    /** A scenario's description and my current or latest run. */
    public record ScenarioOverview(String id, String title, String summary, String contentWarning, String scoring,
            int passScore, boolean backNavigation, String version, RunView run) {
    }

    /** The choice to take, by its index on the current node. */
    public record ChoiceRequest(@NotNull(message = "send 'choice': the index of the choice") Integer choice) {
    }

    private final CourseCatalogue catalogue;
    private final ScenarioService scenarios;
    private final CurrentLearner learner;

    ScenarioApi(CourseCatalogue catalogue, ScenarioService scenarios, CurrentLearner learner) {
        this.catalogue = catalogue;
        this.scenarios = scenarios;
        this.learner = learner;
    }

    @GET
    @Operation(summary = "A scenario and my current (resumable) or latest run")
    public ScenarioOverview get(@PathParam("courseId") String courseId, @PathParam("scenarioId") String scenarioId) {
        Course course = catalogue.course(courseId);
        Scenario scenario = catalogue.scenario(course, scenarioId);
        RunView run = scenarios.current(learner.get(), course, scenario).map(current -> scenarios.view(course, scenario, current)).orElse(null);
        return new ScenarioOverview(scenario.id(), scenario.title(), scenario.summary(), scenario.contentWarning(),
                scenario.scoring().name().toLowerCase(java.util.Locale.ROOT), scenario.passScore(), scenario.backNavigation(),
                scenario.version(), run);
    }

    @POST
    @Path("runs")
    @Operation(summary = "Start a new play-through at the start node")
    public Response start(@PathParam("courseId") String courseId, @PathParam("scenarioId") String scenarioId) {
        Course course = catalogue.course(courseId);
        Scenario scenario = catalogue.scenario(course, scenarioId);
        ScenarioRun run = scenarios.start(learner.get(), course, scenario);
        return Response.created(URI.create("/api/courses/" + course.id() + "/scenarios/" + scenario.id() + "/runs/" + run.id))
                .entity(scenarios.view(course, scenario, run)).build();
    }

    @GET
    @Path("runs/{runId}")
    @Operation(summary = "One of my runs")
    public RunView run(@PathParam("courseId") String courseId, @PathParam("scenarioId") String scenarioId, @PathParam("runId") long runId) {
        Course course = catalogue.course(courseId);
        Scenario scenario = catalogue.scenario(course, scenarioId);
        return scenarios.view(course, scenario, scenarios.runOf(learner.get(), course.id(), scenario.id(), runId)
                .orElseThrow(RunNotFoundException::new));
    }

    @POST
    @Path("runs/{runId}/choices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a choice on the current node")
    public RunView choose(@PathParam("courseId") String courseId, @PathParam("scenarioId") String scenarioId,
            @PathParam("runId") long runId, @Valid @NotNull(message = "send a JSON body with 'choice'") ChoiceRequest request) {
        Course course = catalogue.course(courseId);
        Scenario scenario = catalogue.scenario(course, scenarioId);
        return scenarios.view(course, scenario, scenarios.choose(learner.get(), course, scenario, runId, request.choice()));
    }

    @POST
    @Path("runs/{runId}/back")
    @Operation(summary = "Undo the last choice (where the scenario allows it)")
    public RunView back(@PathParam("courseId") String courseId, @PathParam("scenarioId") String scenarioId, @PathParam("runId") long runId) {
        Course course = catalogue.course(courseId);
        Scenario scenario = catalogue.scenario(course, scenarioId);
        return scenarios.view(course, scenario, scenarios.back(learner.get(), course, scenario, runId));
    }

    @POST
    @Path("runs/{runId}/leave")
    @Operation(summary = "Leave the scenario (the way out)")
    public RunView leave(@PathParam("courseId") String courseId, @PathParam("scenarioId") String scenarioId, @PathParam("runId") long runId) {
        Course course = catalogue.course(courseId);
        Scenario scenario = catalogue.scenario(course, scenarioId);
        return scenarios.view(course, scenario, scenarios.leave(learner.get(), course, scenario, runId));
    }
}
