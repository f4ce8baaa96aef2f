package org.mhfa.privacy;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mhfa.platform.ErrorResponses;

/** The account could not be deleted, nothing was erased: 503, try again. */
public class AccountRemovalExceptionMapper {

    private static final Logger LOG = Logger.getLogger(AccountRemovalExceptionMapper.class);

    @ServerExceptionMapper
    public Response map(AccountRemovalException e, UriInfo uri) {
        LOG.warn("Erasure rolled back: the account could not be deleted", e);
        return ErrorResponses.of(uri, 503, "Erasure not completed",
                "Your sign-in account could not be deleted just now, so nothing was erased. Please try again in a few minutes.");
    }
}
