package org.mhfa.platform;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/** Turns a failure into the right answer for who asked: problem+json under /api, an HTML page elsewhere. */
public final class ErrorResponses {

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    private ErrorResponses() {
    }

    public static Response of(UriInfo uri, int status, String title, String detail) {
        return of(uri, status, title, detail, null);
    }

    public static Response of(UriInfo uri, int status, String title, String detail, Map<String, String> errors) {
        String path = uri == null ? "" : uri.getPath();
        if (path.startsWith("/api/") || path.equals("/api")) {
            String type = "https://mhfa.example/problems/" + slug(title);
            return Response.status(status)
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem(type, title, status, detail, path, errors))
                    .build();
        }
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, detail))
                .build();
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
