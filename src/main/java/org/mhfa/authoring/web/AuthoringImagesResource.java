package org.mhfa.authoring.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mhfa.authoring.Author;
import org.mhfa.authoring.AuthorAccess;
import org.mhfa.authoring.CourseImages;
import org.mhfa.authoring.InvalidDraftEditException;
import org.mhfa.platform.FormResponses;
import org.mhfa.platform.Roles;

/**
 * The course page's "Add an image" form (multipart, with the CSRF token) and the removal of an image from the draft. The
 * course's authors and admins; a refused image comes back on the course page with the reason beside the field (400).
 */
@Path("/instructor/authoring/{course}/images")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class AuthoringImagesResource {

    private final AuthorAccess access;
    private final CourseImages images;
    private final CoursePages pages;

    AuthoringImagesResource(AuthorAccess access, CourseImages images, CoursePages pages) {
        this.access = access;
        this.images = images;
        this.pages = pages;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response add(@PathParam("course") String course, @RestForm("image") FileUpload image, @RestForm String name) {
        Author me = access.authorOf(course);
        String chosen = name == null || name.isBlank() ? (image == null ? "" : image.fileName()) : name;
        try {
            if (image == null || image.uploadedFile() == null || image.size() == 0) {
                throw new InvalidDraftEditException(Map.of("image", "Choose the image file to add."));
            }
            images.add(course, chosen, Files.readAllBytes(image.uploadedFile()), me);
        } catch (InvalidDraftEditException e) {
            return invalid(course, me, chosen, e.errors());
        } catch (IOException e) {
            return invalid(course, me, chosen, Map.of("image", "The upload could not be read; send it again."));
        }
        return Response.seeOther(URI.create("/instructor/authoring/" + course + "?notice=image-added")).build();
    }

    @POST
    @Path("{name: .+}/deletion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("course") String course, @PathParam("name") String name) {
        images.delete(course, name, access.authorOf(course));
        return Response.seeOther(URI.create("/instructor/authoring/" + course + "?notice=deleted")).build();
    }

    private Response invalid(String course, Author me, String name, Map<String, String> errors) {
        return FormResponses.invalid(AuthoringResource.Templates.course(pages.page(course, me, null),
                Map.of("name", name == null ? "" : name), errors));
    }
}
