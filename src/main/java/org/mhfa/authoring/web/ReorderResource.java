package org.mhfa.authoring.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.mhfa.authoring.Author;
import org.mhfa.authoring.AuthorAccess;
import org.mhfa.authoring.DraftOrder;
import org.mhfa.authoring.DraftService;
import org.mhfa.authoring.InvalidDraftEditException;
import org.mhfa.authoring.UnknownAuthoringItemException;
import org.mhfa.platform.FormResponses;
import org.mhfa.platform.Roles;

/** The Move up and Move down buttons of the authoring course page: an item or a module swaps places with its neighbour. */
@Path("/instructor/authoring/{course}/reorders")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class ReorderResource {

    private final AuthorAccess access;
    private final DraftService drafts;
    private final CoursePages coursePages;

    ReorderResource(AuthorAccess access, DraftService drafts, CoursePages coursePages) {
        this.access = access;
        this.drafts = drafts;
        this.coursePages = coursePages;
    }

    /** Moves the file or module one place; a refusal ("already first") comes back on the course page. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reorder(@PathParam("course") String course, @RestForm String path, @RestForm String direction) {
        Author me = access.authorOf(course);
        try {
            drafts.reorder(course, path, direction(direction), me);
        } catch (InvalidDraftEditException | UnknownAuthoringItemException e) {
            String message = e instanceof InvalidDraftEditException invalid ? String.join(" ", invalid.errors().values()) : e.getMessage();
            return FormResponses.invalid(AuthoringResource.Templates.course(coursePages.page(course, me, null), Map.of(),
                    Map.of("reorder", message)));
        }
        return Response.seeOther(URI.create("/instructor/authoring/" + course + "?notice=moved")).build();
    }

    private static DraftOrder.Direction direction(String direction) {
        String wanted = direction == null ? "" : direction.strip().toUpperCase(Locale.ROOT);
        if (wanted.equals("UP") || wanted.equals("DOWN")) {
            return DraftOrder.Direction.valueOf(wanted);
        }
        throw new InvalidDraftEditException(Map.of("direction", "Say whether to move it up or down."));
    }
}
