package org.mhfa.cohort.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.cohort.CohortFullException;
import org.mhfa.cohort.CohortNotFoundException;
import org.mhfa.cohort.InvalidCohortInputException;
import org.mhfa.cohort.InvitationNotFoundException;
import org.mhfa.cohort.InvitationRefusedException;
import org.mhfa.cohort.RunNotFinishedException;
import org.mhfa.platform.ErrorResponses;

/** Problem answers (RFC 9457 on the API, a page elsewhere) for the cohort feature's own failures. */
public class CohortExceptionMappers {

    /** A cohort without enough places left: 409. */
    @ServerExceptionMapper
    public Response cohortFull(CohortFullException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 409, "Cohort full", e.getMessage());
    }

    /** Unknown (or someone else's) cohort or session: 404. */
    @ServerExceptionMapper
    public Response cohortNotFound(CohortNotFoundException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 404, "Not found", e.getMessage());
    }

    /** Unknown (or someone else's, or already answered) invitation: 404. */
    @ServerExceptionMapper
    public Response invitationNotFound(InvitationNotFoundException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 404, "Not found", e.getMessage());
    }

    /** An invitation that cannot be accepted now: 409 with the reason. */
    @ServerExceptionMapper
    public Response invitationRefused(InvitationRefusedException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 409, "The invitation cannot be accepted", e.getMessage());
    }

    /** Invalid cohort input: 400 with the message of each field. */
    @ServerExceptionMapper
    public Response invalidCohortInput(InvalidCohortInputException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 400, "Invalid request", e.getMessage(), new java.util.TreeMap<>(e.errors()));
    }

    /** The ZIP of a run that has not finished: 409. */
    @ServerExceptionMapper
    public Response runNotFinished(RunNotFinishedException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 409, "Run not finished", e.getMessage());
    }
}
