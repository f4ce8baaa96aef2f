package org.mhfa.platform;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every bodiless error (for example a request the CSRF filter refused) a body: an RFC 9457 problem under /api,
 * the error page elsewhere, saying what to do next.
 */
public class ErrorBodyFilter {

    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final String csrfCookie;

    ErrorBodyFilter(@ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie) {
        this.csrfCookie = csrfCookie;
    }

    @ServerResponseFilter
    public void addBody(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity() || HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "Error" : reason.getReasonPhrase();
        if (ErrorResponses.isApi(path)) {
            response.setEntity(new Problem(Problem.type("http-" + status), title, status, apiDetail(request, status), path, null),
                    null, MediaType.valueOf(Problem.MEDIA_TYPE));
            return;
        }
        String detail = "The request was refused.";
        if (status == 400 && sentAForm(request)) {
            title = "Please send the form again";
            detail = "This form has expired or did not come from this site, so nothing was changed. Go back, reload the page and send it again.";
        } else if (status == 400 && request.getCookies().containsKey(csrfCookie)) {
            title = "Please reload the page";
            detail = "Your browser sent an out-of-date security cookie. Reload the page; if this keeps happening, clear this site's cookies.";
        }
        response.setEntity(ErrorResponses.page(status, title, detail, null).render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    private String apiDetail(ContainerRequestContext request, int status) {
        if (status == 400 && sentAForm(request)) {
            return "Form submissions need a CSRF token; API clients send JSON (or no body) with a bearer token.";
        }
        if (status == 400 && request.getCookies().containsKey(csrfCookie)) {
            return "The request carried an invalid CSRF cookie; API clients need no cookies.";
        }
        return status == 401 ? "Sign in first: send a bearer token from the identity provider." : "The request was refused.";
    }

    private static boolean sentAForm(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return !SAFE_METHODS.contains(request.getMethod()) && type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE) || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
