package org.mhfa.certificate;

import org.mhfa.certificate.web.StatusListResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;

/** A certificate's Open Badges credential as a download: the VC-JWT, or with format=json the credential and its JWT. */
@ApplicationScoped
public class CredentialDownloads {

    private final OpenBadgeCredentials badges;
    private final ContentRepository content;

    CredentialDownloads(OpenBadgeCredentials badges, ContentRepository content) {
        this.badges = badges;
        this.content = content;
    }

    public Response response(Certificate certificate, String format) {
        Course course = content.course(certificate.courseId).orElse(null);
        boolean json = "json".equalsIgnoreCase(format);
        return Response.ok(json ? badges.credentialDownload(certificate, course) : badges.credentialJwt(certificate, course),
                        json ? MediaType.APPLICATION_JSON : StatusListResource.VC_JWT)
                .header("Content-Disposition", "attachment; filename=\"certificate-" + certificate.code.substring(0, 25)
                        + (json ? ".json" : ".jwt") + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
