package org.mhfa.catalogue.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.CourseCatalogue;
import org.mhfa.platform.Roles;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.Scenario;
import org.mhfa.catalogue.ScenarioGraphSvg;

/** Authoring views for instructors and admins: a course outline, a knowledge check with its answers, a scenario's graph. */
@Path("/instructor/courses/{courseId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class AuthoringPreviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance course(Course course);

        static native TemplateInstance quiz(Course course, Quiz quiz);

        static native TemplateInstance scenario(Course course, Scenario scenario, String svg);
    }

    private final CourseCatalogue catalogue;

    AuthoringPreviewResource(CourseCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    public TemplateInstance course(@PathParam("courseId") String courseId) {
        return Templates.course(catalogue.course(courseId));
    }

    @GET
    @Path("quizzes/{quizId}")
    public TemplateInstance quiz(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId) {
        Course course = catalogue.course(courseId);
        return Templates.quiz(course, catalogue.quiz(course, quizId));
    }

    @GET
    @Path("scenarios/{scenarioId}")
    public TemplateInstance scenario(@PathParam("courseId") String courseId, @PathParam("scenarioId") String scenarioId) {
        Course course = catalogue.course(courseId);
        Scenario scenario = catalogue.scenario(course, scenarioId);
        return Templates.scenario(course, scenario, ScenarioGraphSvg.render(scenario));
    }

    @GET
    @Path("scenarios/{scenarioId}/graph.svg")
    @Produces("image/svg+xml")
    public Response graph(@PathParam("courseId") String courseId, @PathParam("scenarioId") String scenarioId) {
        Course course = catalogue.course(courseId);
        return Response.ok(ScenarioGraphSvg.render(catalogue.scenario(course, scenarioId)), "image/svg+xml; charset=UTF-8")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }
}
