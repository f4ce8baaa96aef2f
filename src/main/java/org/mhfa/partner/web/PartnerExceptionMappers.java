package org.mhfa.partner.web;

import org.mhfa.partner.AgencyException;
import org.mhfa.partner.InvalidAgencyException;
import org.mhfa.partner.InvalidPartnerRequestException;
import org.mhfa.partner.PartnerAccessException;
import org.mhfa.partner.PartnerNotFoundException;
import org.mhfa.partner.TooManyEntriesException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Problem answers for the partner feature's own failures. */
public class PartnerExceptionMappers {

    @ServerExceptionMapper
    public Response agency(AgencyException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 409, "Not possible for this agency", e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidAgency(InvalidAgencyException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 400, "Invalid agency", e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response notPermitted(PartnerAccessException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 403, "Not permitted for this agency", e.getMessage());
    }

    @ServerExceptionMapper
    public Response unknown(PartnerNotFoundException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 404, "Not found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyEntriesException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 413, "Too many entries", e.getMessage());
    }

    @ServerExceptionMapper
    public Response badRequest(InvalidPartnerRequestException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 400, "Invalid request", e.getMessage(), e.errors());
    }
}
