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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps the framework's own failures (unknown path, forbidden, invalid body, anything unexpected) to clear answers. */
public class PlatformExceptionMappers {

    private static final Logger LOG = Logger.getLogger(PlatformExceptionMappers.class);

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
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return ErrorResponses.of(uri, "unreadable-json", 400, "Invalid request", "The request body is not valid JSON of the expected shape" + where + ".");
    }

    /** A body the framework could not read before any resource saw it: multipart that ends early or has no such boundary. */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        return ErrorResponses.of(uri, "unreadable-body", 400, "Invalid request", "The request body could not be read.");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return ErrorResponses.of(uri, "server-error", status, "Server error", "Something went wrong on our side. Please try again.");
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        return ErrorResponses.of(uri, "http-" + status, status, reason == null ? "Bad request" : reason.getReasonPhrase(), messageOf(e));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return ErrorResponses.of(uri, "server-error", 500, "Server error", "Something went wrong on our side. Please try again.");
    }

    private static String messageOf(WebApplicationException e) {
        String message = e.getMessage();
        return message == null || message.startsWith("HTTP ") ? "The request could not be processed." : message;
    }
}
