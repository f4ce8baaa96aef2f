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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

    /** The form of a play-test; without a seed, a new one in the address (so that reloading shows the same draw). */
    @GET
    public Response sheet(@PathParam("course") String course, @PathParam("path") String path, @QueryParam("seed") Long seed,
            @Context UriInfo uri) {
        access.authorOf(course);
        if (seed == null) {
            return Response.seeOther(uri.getRequestUriBuilder().replaceQueryParam("seed", playtests.newSeed()).build()).build();
        }
        return Response.ok(Templates.sheet(course, path, playtests.start(course, path, seed))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @FormFieldsMayRepeat(FormFieldsMayRepeat.ANY)
    public Response grade(@PathParam("course") String course, @PathParam("path") String path, MultivaluedMap<String, String> form) {
        long seed;
        try {
            seed = Long.parseLong(form.getFirst("seed"));
        } catch (NumberFormatException e) {
            return FormResponses.invalid(Templates.sheet(course, path, playtests.start(course, path, playtests.newSeed())));
        }
        QuizPlaytest.Graded graded = playtests.grade(course, path, seed, form);
        return graded.result() != null ? Response.ok(Templates.result(course, path, graded.result())).build()
                : FormResponses.invalid(Templates.sheet(course, path, graded.sheet()));
    }
}
