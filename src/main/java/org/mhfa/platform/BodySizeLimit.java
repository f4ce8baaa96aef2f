package org.mhfa.platform;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body announced larger than {@code quarkus.http.limits.max-body-size} with 413 and a body saying so, just
 * before the server's own check (which answers 413 with nothing in it); the connection is closed, as the body is not read.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final RouteRefusals refusals;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            RouteRefusals refusals) {
        this.maxBytes = maxBodySize.asLongValue();
        this.refusals = refusals;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (announced(context.request().getHeader(HttpHeaders.CONTENT_LENGTH)) <= maxBytes) {
            context.next();
            return;
        }
        context.response().putHeader(HttpHeaders.CONNECTION, "close").endHandler(ended -> context.request().connection().close());
        long megabytes = Math.max(1, maxBytes / (1024 * 1024));
        refusals.refuse(context, 413, "body-too-large", "Too large",
                "What you sent is too large: the platform accepts at most " + megabytes + " MB. Go back and send something smaller.");
    }

    private static long announced(String contentLength) {
        try {
            return contentLength == null ? 0 : Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
