package org.mhfa.platform;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers an API request whose bearer token the authentication layer refused (expired, forged, issued for another
 * client) with 401 and a problem body; pages keep the identity provider's sign-in redirect.
 */
@ApplicationScoped
public class ApiAuthenticationFailures {

    private final RouteRefusals refusals;

    ApiAuthenticationFailures(RouteRefusals refusals) {
        this.refusals = refusals;
    }

    void install(@Observes Router router) {
        router.route().failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!(context.failure() instanceof AuthenticationFailedException) || !ErrorResponses.isApi(context.normalizedPath())
                || context.response().ended()) {
            context.next();
            return;
        }
        context.response().putHeader("WWW-Authenticate", "Bearer");
        refusals.refuse(context, 401, "http-401", "Unauthorized",
                "The bearer token was refused: it has expired, is not valid, or was not issued for this API. Get a new token from the identity provider.");
    }
}
