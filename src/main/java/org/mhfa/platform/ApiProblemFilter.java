package org.mhfa.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Gives every bodiless API error (for example a request refused by a filter) an RFC 9457 problem body. */
public class ApiProblemFilter {

    @ServerResponseFilter
    public void addProblemBody(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        String path = request.getUriInfo().getPath();
        if (status < 400 || response.hasEntity() || !ErrorResponses.isApi(path)) {
            return;
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "Error" : reason.getReasonPhrase();
        String detail = "The request was refused.";
        MediaType type = request.getMediaType();
        if (status == 400 && type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            detail = "Form submissions need a CSRF token; API clients send JSON (or no body) with a bearer token.";
        } else if (status == 401) {
            detail = "Sign in first: send a bearer token from the identity provider.";
        }
        response.setEntity(new Problem(Problem.type("http-" + status), title, status, detail, path, null),
                null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
