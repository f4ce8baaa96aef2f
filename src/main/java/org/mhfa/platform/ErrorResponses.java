package org.mhfa.platform;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** Turns a failure into the right answer for who asked: problem+json under /api, an HTML page elsewhere. */
public final class ErrorResponses {

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, List<String> messages);

        static native TemplateInstance bare(int status, String title, String detail);
    }

    private ErrorResponses() {
    }

    /** The answer to a domain exception; the problem's type is named after it (see {@link Problem}). */
    public static Response of(UriInfo uri, Throwable cause, int status, String title, String detail) {
        return of(uri, cause, status, title, detail, null);
    }

    /** The answer to a domain exception, with one message per invalid field. */
    public static Response of(UriInfo uri, Throwable cause, int status, String title, String detail, Map<String, String> errors) {
        return answer(uri, Problem.type(cause.getClass()), status, title, detail, errors);
    }

    /** The answer to a failure that has no domain exception: {@code cause} names it (kebab case). */
    public static Response of(UriInfo uri, String cause, int status, String title, String detail) {
        return of(uri, cause, status, title, detail, null);
    }

    public static Response of(UriInfo uri, String cause, int status, String title, String detail, Map<String, String> errors) {
        return answer(uri, Problem.type(cause), status, title, detail, errors);
    }

    private static Response answer(UriInfo uri, String type, int status, String title, String detail, Map<String, String> errors) {
        String path = uri == null ? "" : uri.getPath();
        if (isApi(path)) {
            return Response.status(status)
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem(type, title, status, detail, path, errors))
                    .build();
        }
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(status, title, detail, errors))
                .build();
    }

    /** The error page in the site's layout, with one line per invalid field. */
    static TemplateInstance page(int status, String title, String detail, Map<String, String> errors) {
        return Templates.error(status, title, detail, errors == null ? List.of() : List.copyOf(errors.values()));
    }

    /** The error page without the menu, for requests refused before the page machinery (and who is asking) is known. */
    static String barePage(int status, String title, String detail) {
        return Templates.bare(status, title, detail).render();
    }

    /** Paths whose callers are programs, answered with problem+json rather than a page. */
    public static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }
}
