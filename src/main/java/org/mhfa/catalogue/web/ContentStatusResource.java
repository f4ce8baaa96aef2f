package org.mhfa.catalogue.web;

import org.mhfa.catalogue.ContentRepository;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mhfa.platform.Roles;

/** The instructors' content page: which courses are served, and every error in the content folder with file and line. */
@Path("/instructor/content")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class ContentStatusResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(ContentRepository.Snapshot snapshot);
    }

    private final ContentRepository content;

    ContentStatusResource(ContentRepository content) {
        this.content = content;
    }

    @GET
    public TemplateInstance status() {
        return Templates.status(content.snapshot());
    }
}
