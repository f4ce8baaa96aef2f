package org.mhfa.authoring.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.authoring.EditConflictException;
import org.mhfa.authoring.Finding;
import org.mhfa.authoring.InvalidDraftEditException;
import org.mhfa.authoring.NotAnAuthorException;
import org.mhfa.authoring.PublishRefusedException;
import org.mhfa.authoring.UnknownAuthoringItemException;
import org.mhfa.platform.ErrorResponses;
import org.mhfa.platform.Problem;

/** Problem answers (RFC 9457 on the API, a page elsewhere) for the authoring feature's own failures. */
public class AuthoringExceptionMappers {

    @CheckedTemplate(basePath = "AuthoringResource")
    static class Templates {
        static native TemplateInstance conflict(String course, EditConflictException conflict);

        static native TemplateInstance refused(String course, List<Finding> findings);
    }

    /** A save that would overwrite another author's change, with both texts: the problem's extension members. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConflictProblem(String type, String title, int status, String detail, String instance, String path,
            int currentRevision, String changedBy, String theirs, String yours) {
    }

    /** The caller does not author this course: 403. */
    @ServerExceptionMapper
    public Response notAnAuthor(NotAnAuthorException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 403, "Not an author of this course", e.getMessage());
    }

    /** Unknown course, file or version: 404. */
    @ServerExceptionMapper
    public Response unknown(UnknownAuthoringItemException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 404, "Not found", e.getMessage());
    }

    /** A change that cannot be made as asked: 400 with the message by the field. */
    @ServerExceptionMapper
    public Response invalid(InvalidDraftEditException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 400, "Invalid request", e.getMessage(), e.errors());
    }

    /** Another author saved since: 409 with both texts (a page with them side by side for browsers). */
    @ServerExceptionMapper
    public Response conflict(EditConflictException e, UriInfo uri) {
        if (ErrorResponses.isApi(uri.getPath())) {
            return Response.status(409).type(Problem.MEDIA_TYPE).entity(new ConflictProblem(Problem.type(e.getClass()), "Edit conflict", 409,
                    e.getMessage() + " Nothing was overwritten: compare both versions and save again with the current revision.",
                    uri.getPath(), e.path(), e.currentRevision(), e.changedBy(), e.theirs(), e.yours())).build();
        }
        return Response.status(409).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.conflict(courseOf(uri), e)).build();
    }

    /** A draft with errors cannot be published: 422 with every error by file:line:column. */
    @ServerExceptionMapper
    public Response refused(PublishRefusedException e, UriInfo uri) {
        if (ErrorResponses.isApi(uri.getPath())) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.findings().forEach(f -> errors.merge(f.path() + ":" + f.line() + ":" + f.column(), f.message(), (a, b) -> a + " " + b));
            return ErrorResponses.of(uri, e, 422, "The draft has errors", e.getMessage(), errors);
        }
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.refused(courseOf(uri), e.findings())).build();
    }

    private static String courseOf(UriInfo uri) {
        List<String> segments = uri.getPathSegments().stream().map(segment -> segment.getPath()).toList();
        int at = segments.indexOf("authoring");
        return at >= 0 && at + 1 < segments.size() ? segments.get(at + 1) : "";
    }
}
