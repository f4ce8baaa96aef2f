package org.mhfa.platform;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than {@code quarkus.http.limits.max-body-size} with 413 and a body saying so, before the server's
 * own checks (which answer 413 with nothing in it): a body announced too large at once, its connection closed as the body
 * is not read; a chunked body (length not announced) by reading it here, up to the limit, with Vert.x's body handler.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final RouteRefusals refusals;
    private final BodyHandler chunkedBodies;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            RouteRefusals refusals) {
        this.maxBytes = maxBodySize.asLongValue();
        this.refusals = refusals;
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBytes).setHandleFileUploads(false);
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
        router.route().failureHandler(this::failed);
    }

    private void check(RoutingContext context) {
        String contentLength = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength == null && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true)) {
            chunkedBodies.handle(context);
        } else if (announced(contentLength) <= maxBytes) {
            context.next();
        } else {
            refuse(context);
        }
    }

    private void failed(RoutingContext context) {
        if (context.statusCode() == 413 && context.failure() == null && !context.response().ended()) {
            refuse(context);
        } else {
            context.next();
        }
    }

    private void refuse(RoutingContext context) {
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
