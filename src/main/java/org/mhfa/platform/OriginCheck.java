package org.mhfa.platform;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) that a browser sent from another site: its {@code Origin}
 * (or, without one, its {@code Referer}) must be the platform's public address ({@code mhfa.public-base-url}). It runs
 * before sign-in is looked at, so a forged request changes nothing, not even the session. A request with neither header
 * is not from a browser page (API clients with bearer tokens, scripts) and is left to the token and CSRF checks.
 */
@ApplicationScoped
public class OriginCheck {

    /** Before CORS and authentication (the server orders its filters by minus their priority). */
    public static final int ORDER = -SecurityHandlerPriorities.CORS - 50;

    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final String publicOrigin;
    private final RouteRefusals refusals;

    OriginCheck(PlatformConfig config, RouteRefusals refusals) {
        this.publicOrigin = originOf(config.publicBaseUrl())
                .orElseThrow(() -> new IllegalArgumentException("mhfa.public-base-url is not an http(s) address: " + config.publicBaseUrl()));
        this.refusals = refusals;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (!STATE_CHANGING.contains(context.request().method())) {
            context.next();
            return;
        }
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        String referer = context.request().getHeader(HttpHeaders.REFERER);
        if (origin == null && referer == null || publicOrigin.equals(originOf(origin != null ? origin : referer).orElse(null))) {
            context.next();
            return;
        }
        refusals.refuse(context, 403, "foreign-origin", "Not sent from this site",
                "This request came from another site, so nothing was changed. If you meant to do this, open the platform and do it there.");
    }

    /** {@code scheme://host[:port]} of an http(s) address, lower case and without a default port; empty when there is none. */
    static Optional<String> originOf(String address) {
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
