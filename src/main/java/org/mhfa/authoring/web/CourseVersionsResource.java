package org.mhfa.authoring.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.mhfa.authoring.Author;
import org.mhfa.authoring.AuthorAccess;
import org.mhfa.authoring.InvalidDraftEditException;
import org.mhfa.authoring.PublishingService;
import org.mhfa.catalogue.ContentVersions;
import org.mhfa.platform.FormResponses;
import org.mhfa.platform.Roles;

/** A course's published versions in the browser (its authors and admins): publish the draft, a version's changes, rollback, a version as a ZIP. */
@Path("/instructor/authoring/{course}/versions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class CourseVersionsResource {

    private final AuthorAccess access;
    private final PublishingService publishing;
    private final CoursePages pages;

    CourseVersionsResource(AuthorAccess access, PublishingService publishing, CoursePages pages) {
        this.access = access;
        this.publishing = publishing;
        this.pages = pages;
    }

    /** Publishes the draft; with errors, the page lists them with links to their lines (422). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("course") String course, @RestForm String message) {
        Author me = access.authorOf(course);
        try {
            publishing.publish(course, message, me);
        } catch (InvalidDraftEditException e) {
            return FormResponses.invalid(AuthoringResource.Templates.course(pages.page(course, me, null),
                    AuthoringResource.form("message", message), e.errors()));
        }
        return AuthoringResource.seeOther(course, "published");
    }

    @GET
    @Path("{number}")
    public TemplateInstance version(@PathParam("course") String course, @PathParam("number") int number) {
        access.authorOf(course);
        ContentVersions.VersionInfo version = publishing.version(course, number);
        boolean newest = publishing.history(course).get(0).number() == number;
        return AuthoringResource.Templates.version(course, version, newest, publishing.changes(course, number));
    }

    @POST
    @Path("{number}/rollback")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rollback(@PathParam("course") String course, @PathParam("number") int number) {
        publishing.rollback(course, number, null, access.authorOf(course));
        return AuthoringResource.seeOther(course, "rolled-back");
    }

    @GET
    @Path("{number}/archive")
    @Produces("application/zip")
    public Response exportArchive(@PathParam("course") String course, @PathParam("number") int number) {
        access.authorOf(course);
        return AuthoringApi.zip(course, number, publishing.files(course, number));
    }
}
