package org.mhfa.platform;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than {@code quarkus.http.limits.max-body-size} with 413 and a body saying so, before the server's
 * own checks (which answer 413 with nothing in it): a body announced too large at once, its connection closed as the body
 * is not read; a chunked body (length not announced) by reading it here, up to the limit, and handing it on whole (the
 * resources read a body read before them; multipart and forms are parsed from it as from the connection).
 */
@ApplicationScoped
public class BodySizeLimit {

    /** How long a client refused for want of room is asked to wait before sending again. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final long maxBytes;
    private final Semaphore chunkedBodies;
    private final RouteRefusals refusals;

    /**
     * {@code mhfa.http.concurrent-chunked-bodies} bounds the memory that bodies of unannounced length may hold at once (each
     * up to the body limit): past it, a further one is refused with 503 and {@code Retry-After} rather than read.
     */
    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            PlatformConfig platform, RouteRefusals refusals) {
        this.maxBytes = maxBodySize.asLongValue();
        this.chunkedBodies = new Semaphore(platform.http().concurrentChunkedBodies());
        this.refusals = refusals;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String contentLength = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength == null && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true)) {
            readChunked(context);
        } else if (announced(contentLength) <= maxBytes) {
            context.next();
        } else {
            refuse(context);
        }
    }

    private void readChunked(RoutingContext context) {
        if (!chunkedBodies.tryAcquire()) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).putHeader(HttpHeaders.CONNECTION, "close");
            refusals.refuse(context, 503, "busy", "Busy", "The platform is reading as many uploads as it can hold at once. "
                    + "Send this again in a few seconds.");
            return;
        }
        AtomicBoolean released = new AtomicBoolean();
        context.addEndHandler(done -> {
            if (released.compareAndSet(false, true)) {
                chunkedBodies.release();
            }
        });
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        AtomicBoolean refused = new AtomicBoolean();
        request.handler(data -> {
            if (refused.get()) {
                return;
            }
            if (body.length() + (long) data.length() > maxBytes) {
                refused.set(true);
                refuse(context);
                return;
            }
            body.appendBuffer(data);
        });
        request.endHandler(ended -> {
            if (!refused.get()) {
                context.setBody(body);
                context.next();
            }
        });
        request.resume();
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
