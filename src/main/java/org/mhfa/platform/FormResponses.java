package org.mhfa.platform;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;

/** Answers that show a form page again beside its errors, instead of building the response by hand in each resource. */
public final class FormResponses {

    private FormResponses() {
    }

    /** 400 Bad Request with the page showing the form and its errors. */
    public static Response invalid(TemplateInstance page) {
        return withStatus(400, page);
    }

    /** The page with another status: 409 when the form is fine but the state refuses it, or one the caller works out. */
    public static Response withStatus(int status, TemplateInstance page) {
        return builder(status, page).build();
    }

    /** The same answer left open, for a page that needs a header too (such as {@code Cache-Control: no-store}). */
    public static Response.ResponseBuilder builder(int status, TemplateInstance page) {
        return Response.status(status).entity(page);
    }
}
