package org.mhfa.catalogue.web;

import org.mhfa.catalogue.ContentError;
import org.mhfa.catalogue.ContentRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mhfa.platform.Roles;

/** The state of the served content: its errors for instructors, a forced reload for administrators. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content")
public class ContentApi {

    /** What is served and what the last load found wrong. */
    public record ContentStatus(Instant loadedAt, List<String> courses, List<ContentError> errors, List<ContentError> warnings) {
    }

    private final ContentRepository content;

    ContentApi(ContentRepository content) {
        this.content = content;
    }

    @GET
    @Path("instructor/content")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    @Operation(summary = "The courses being served and the errors of the last content load")
    public ContentStatus status() {
        return statusOf(content.snapshot());
    }

    @POST
    @Path("admin/content/reload")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Read the content folder again now")
    public ContentStatus reload() {
        return statusOf(content.reload());
    }

    private static ContentStatus statusOf(ContentRepository.Snapshot snapshot) {
        return new ContentStatus(snapshot.loadedAt(), List.copyOf(snapshot.courses().keySet()), snapshot.errors(), snapshot.warnings());
    }
}
