package org.mhfa.identity;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Keycloak unreachable while enrolling by e-mail: 503, logged. */
public class IdentityProviderUnavailableExceptionMapper {

    private static final Logger LOG = Logger.getLogger(IdentityProviderUnavailableExceptionMapper.class);

    @ServerExceptionMapper
    public Response map(IdentityProviderUnavailableException e, UriInfo uri) {
        LOG.warn("Keycloak admin call failed", e.getCause());
        return ErrorResponses.of(uri, 503, "Sign-in service unavailable", e.getMessage());
    }
}
