package org.mhfa.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ResteasyReactiveClientProblem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps the framework's own failures (unknown path, forbidden, invalid body, anything unexpected) to clear answers. */
public class PlatformExceptionMappers {

    private static final Logger LOG = Logger.getLogger(PlatformExceptionMappers.class);
    private static final String SERVER_ERROR = "Something went wrong on our side. Please try again.";
    private static final String FORM_PARSERS = "org.jboss.resteasy.reactive.server.core.multipart.";
    private static final String FORM_BODY_HANDLER = "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler";

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return ErrorResponses.of(uri, "not-found", 404, "Not found", "There is nothing at this address.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ErrorResponses.of(uri, "forbidden", 403, "Forbidden", "Your account does not have access to this.");
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(violation -> {
            String path = violation.getPropertyPath().toString();
            errors.put(path.substring(path.lastIndexOf('.') + 1), violation.getMessage());
        });
        return ErrorResponses.of(uri, "invalid-request", 400, "Invalid request", "Some fields are missing or invalid.", errors);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 1)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        Map<String, String> errors = JsonInputErrors.of(e);
        if (!errors.isEmpty()) {
            return ErrorResponses.of(uri, "invalid-request", 400, "Invalid request", "Some fields are missing or invalid.", errors);
        }
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return ErrorResponses.of(uri, "unreadable-json", 400, "Invalid request", "The request body is not valid JSON of the expected shape" + where + ".");
    }

    /** A body the framework could not read before any resource saw it: multipart that ends early or has no such boundary. */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        LOG.debugf(e, "Unreadable body at %s", uri.getPath());
        return ErrorResponses.of(uri, "unreadable-body", 400, "Invalid request", "The request body could not be read.");
    }

    /** The framework's refusals (405, 415, …): its status with our own words, never the exception's message. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        if (e instanceof ResteasyReactiveClientProblem) {
            LOG.error("A service the platform calls refused a request", e);
            return ErrorResponses.of(uri, "server-error", 502, "Server error", SERVER_ERROR);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return ErrorResponses.of(uri, "server-error", status, "Server error", SERVER_ERROR);
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        return ErrorResponses.of(uri, "http-" + status, status, reason == null ? "Bad request" : reason.getReasonPhrase(), detailFor(status));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (thrownReadingAForm(e)) {
            return ErrorResponses.of(uri, "unreadable-form", 400, "The form could not be read",
                    "The form had too many fields or was not sent properly. Go back, reload the page and send it again.");
        }
        LOG.error("Unexpected failure", e);
        return ErrorResponses.of(uri, "server-error", 500, "Server error", SERVER_ERROR);
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 401 -> "Sign in first: send a bearer token from the identity provider.";
            case 405 -> "This address does not take this kind of request.";
            case 406 -> "This address cannot answer in the format asked for.";
            case 413 -> "The request is too large.";
            case 415 -> "This address does not take a body of this content type.";
            default -> "The request could not be processed.";
        };
    }

    /**
     * Whether the server failed while decoding a form body (more fields than allowed, a broken {@code %} escape): the
     * framework throws plain runtime exceptions there, recognisable only by where they come from.
     */
    static boolean thrownReadingAForm(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith(FORM_PARSERS) || type.equals(FORM_BODY_HANDLER)) {
                return true;
            }
        }
        return false;
    }
}
