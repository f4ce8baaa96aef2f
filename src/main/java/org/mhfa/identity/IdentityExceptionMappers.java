package org.mhfa.identity;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Problem answers (RFC 9457 on the API, a page elsewhere) for the identity feature's own failures. */
public class IdentityExceptionMappers {

    private static final Logger LOG = Logger.getLogger(IdentityExceptionMappers.class);

    /** Credentials of an erased account: 403, saying why. */
    @ServerExceptionMapper
    public Response erasedLearner(ErasedLearnerException e, UriInfo uri) {
        return ErrorResponses.of(uri, e, 403, "Account erased",
                "The personal data of this account was erased at its owner's request; the account can no longer be used.");
    }

    /** Keycloak unreachable while enrolling by e-mail: 503, logged. */
    @ServerExceptionMapper
    public Response identityProviderUnavailable(IdentityProviderUnavailableException e, UriInfo uri) {
        LOG.warn("Keycloak admin call failed", e.getCause());
        return ErrorResponses.of(uri, e, 503, "Sign-in service unavailable", e.getMessage());
    }
}
