package org.mhfa.authoring.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.mhfa.authoring.AuthorAccess;
import org.mhfa.authoring.CourseAuthors;
import org.mhfa.authoring.NewCourses;
import org.mhfa.authoring.DraftService;
import org.mhfa.platform.PlainText;
import org.mhfa.platform.Roles;

/** The courses an author may edit; admins start courses and name their authors. */
@Path("/api/authoring/courses")
@Produces(MediaType.APPLICATION_JSON)
public class AuthoringCoursesApi {

    /** A course to start: its id (in addresses, fixed) and title. */
    public record NewCourse(@NotNull @Size(max = 63) String id, @NotNull @Size(max = 200) @PlainText String title) {
    }

    /** The instructor to name an author, by the e-mail address they sign in with. */
    public record NewAuthor(@NotNull @Size(max = 255) @PlainText String email) {
    }

    private final AuthorAccess access;
    private final CourseAuthors authors;
    private final NewCourses newCourses;
    private final DraftService drafts;

    AuthoringCoursesApi(AuthorAccess access, CourseAuthors authors, NewCourses newCourses, DraftService drafts) {
        this.access = access;
        this.authors = authors;
        this.newCourses = newCourses;
        this.drafts = drafts;
    }

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    public List<CourseAuthors.EditableCourse> editable() {
        return authors.editable(access.author());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull NewCourse request) {
        newCourses.create(request.id(), request.title(), access.author());
        return Response.created(URI.create("/api/authoring/courses/" + request.id() + "/draft")).entity(drafts.state(request.id())).build();
    }

    @GET
    @Path("{course}/authors")
    @RolesAllowed(Roles.ADMIN)
    public List<CourseAuthors.Named> authors(@PathParam("course") String course) {
        access.authorOf(course);
        return authors.authors(course);
    }

    @POST
    @Path("{course}/authors")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grant(@PathParam("course") String course, @Valid @NotNull NewAuthor request) {
        access.authorOf(course);
        return Response.status(201).entity(authors.grant(course, request.email(), access.author())).build();
    }

    @DELETE
    @Path("{course}/authors/{learnerId}")
    @RolesAllowed(Roles.ADMIN)
    public Response revoke(@PathParam("course") String course, @PathParam("learnerId") long learnerId) {
        access.authorOf(course);
        authors.revoke(course, learnerId);
        return Response.noContent().build();
    }
}
