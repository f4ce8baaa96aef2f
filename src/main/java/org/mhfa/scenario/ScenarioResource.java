package org.mhfa.scenario;

import org.mhfa.catalogue.Scenario;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.CourseCatalogue;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.platform.FormResponses;
import org.mhfa.platform.Roles;
import org.mhfa.enrolment.CoursePosition;
import org.mhfa.enrolment.CoursePositions;

/**
 * The scenario player for trainees: content warning and start, one node at a time with its choices, feedback on the
 * last choice, going back where allowed, pausing (the place is kept), a way out on every node, and the debrief.
 */
@Path("/courses/{courseId}/scenarios/{scenarioId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TRAINEE)
public class ScenarioResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scenario(Course course, Scenario scenario, CoursePosition progress, RunView run,
                boolean left, String choiceError);
    }

    private final CourseCatalogue catalogue;
    private final ScenarioService scenarios;
    private final CoursePositions progress;
    private final CurrentLearner learner;

    ScenarioResource(CourseCatalogue catalogue, ScenarioService scenarios, CoursePositions progress, CurrentLearner learner) {
        this.catalogue = catalogue;
        this.scenarios = scenarios;
        this.progress = progress;
        this.learner = learner;
    }

    @GET
    public TemplateInstance scenario(@PathParam("courseId") String courseId, @PathParam("scenarioId") String scenarioId,
            @QueryParam("left") String left) {
        Course course = catalogue.course(courseId);
        return player(course, catalogue.scenario(course, scenarioId), left != null, null);
    }

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("courseId") String courseId, @PathParam("scenarioId") String scenarioId) {
        Course course = catalogue.course(courseId);
        Scenario scenario = catalogue.scenario(course, scenarioId);
        scenarios.start(learner.get(), course, scenario);
        return backToPlayer(course, scenario, "");
    }

    @POST
    @Path("runs/{runId}/choices")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@PathParam("courseId") String courseId, @PathParam("scenarioId") String scenarioId,
            @PathParam("runId") long runId, @FormParam("choice") String choice) {
        Course course = catalogue.course(courseId);
        Scenario scenario = catalogue.scenario(course, scenarioId);
        if (choice == null || !choice.strip().matches("\\d{1,3}")) {
            scenarios.runOf(learner.get(), course.id(), scenario.id(), runId).orElseThrow(RunNotFoundException::new);
            return FormResponses.invalid(player(course, scenario, false, "Choose one of the options below."));
        }
        scenarios.choose(learner.get(), course, scenario, runId, Integer.parseInt(choice.strip()));
        return backToPlayer(course, scenario, "#step");
    }

    @POST
    @Path("runs/{runId}/back")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response back(@PathParam("courseId") String courseId, @PathParam("scenarioId") String scenarioId,
            @PathParam("runId") long runId) {
        Course course = catalogue.course(courseId);
        Scenario scenario = catalogue.scenario(course, scenarioId);
        scenarios.back(learner.get(), course, scenario, runId);
        return backToPlayer(course, scenario, "#step");
    }

    @POST
    @Path("runs/{runId}/leave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leave(@PathParam("courseId") String courseId, @PathParam("scenarioId") String scenarioId,
            @PathParam("runId") long runId) {
        Course course = catalogue.course(courseId);
        Scenario scenario = catalogue.scenario(course, scenarioId);
        scenarios.leave(learner.get(), course, scenario, runId);
        return backToPlayer(course, scenario, "?left=1");
    }

    private TemplateInstance player(Course course, Scenario scenario, boolean left, String choiceError) {
        RunView run = scenarios.current(learner.get(), course, scenario)
                .filter(current -> current.status != RunStatus.LEFT)
                .map(current -> scenarios.view(course, scenario, current)).orElse(null);
        return Templates.scenario(course, scenario, progress.of(learner.get(), course), run, left, choiceError);
    }

    /** Back to the player; after a choice, at the step it led to ({@code #step}), where the browser moves the focus. */
    private static Response backToPlayer(Course course, Scenario scenario, String suffix) {
        return Response.seeOther(URI.create("/courses/" + course.id() + "/scenarios/" + scenario.id() + suffix)).build();
    }
}
