package org.mhfa.identity;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Credentials of an erased account: 403, saying why. */
public class ErasedLearnerExceptionMapper {

    @ServerExceptionMapper
    public Response map(ErasedLearnerException e, UriInfo uri) {
        return ErrorResponses.of(uri, 403, "Account erased",
                "The personal data of this account was erased at its owner's request; the account can no longer be used.");
    }
}
