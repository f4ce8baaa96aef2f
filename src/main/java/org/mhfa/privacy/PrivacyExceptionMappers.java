package org.mhfa.privacy;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** Problem answers (RFC 9457 on the API, a page elsewhere) for the privacy feature's own failures. */
public class PrivacyExceptionMappers {

    private static final Logger LOG = Logger.getLogger(PrivacyExceptionMappers.class);

    /** The account could not be deleted, nothing was erased: 503, try again. */
    @ServerExceptionMapper
    public Response accountRemoval(AccountRemovalException e, UriInfo uri) {
        LOG.warn("Erasure rolled back: the account could not be deleted", e);
        return ErrorResponses.of(uri, e, 503, "Erasure not completed",
                "Your sign-in account could not be deleted just now, so nothing was erased. Please try again in a few minutes.");
    }
}
