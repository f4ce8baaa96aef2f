package org.mhfa.authoring.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.mhfa.authoring.AuthorAccess;
import org.mhfa.authoring.QuizPlaytest;
import org.mhfa.platform.FormFieldsMayRepeat;
import org.mhfa.platform.FormResponses;
import org.mhfa.platform.Roles;

/**
 * Play-tests a knowledge check of the draft (the course's authors and admins): the form a trainee would get, graded by
 * the same grader, with every answer, feedback and explanation shown; nothing is recorded.
 */
@Path("/instructor/authoring/{course}/check-playtest/{path: .+}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class QuizPlaytestResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sheet(String course, String path, QuizPlaytest.Sheet sheet);

        static native TemplateInstance result(String course, String path, QuizPlaytest.Result result);
    }

    private final AuthorAccess access;
    private final QuizPlaytest playtests;

    QuizPlaytestResource(AuthorAccess access, QuizPlaytest playtests) {
        this.access = access;
        this.playtests = playtests;
    }

    @GET
    public TemplateInstance sheet(@PathParam("course") String course, @PathParam("path") String path) {
        access.authorOf(course);
        return Templates.sheet(course, path, playtests.start(course, path));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @FormFieldsMayRepeat(FormFieldsMayRepeat.ANY)
    public Response grade(@PathParam("course") String course, @PathParam("path") String path, MultivaluedMap<String, String> form) {
        long seed;
        try {
            seed = Long.parseLong(form.getFirst("seed"));
        } catch (NumberFormatException e) {
            return FormResponses.invalid(Templates.sheet(course, path, playtests.start(course, path)));
        }
        QuizPlaytest.Graded graded = playtests.grade(course, path, seed, form);
        return graded.result() != null ? Response.ok(Templates.result(course, path, graded.result())).build()
                : FormResponses.invalid(Templates.sheet(course, path, graded.sheet()));
    }
}
