package org.mhfa.partner;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts one webhook request to exactly the address that was checked: the connection goes to {@link WebhookTarget#address()}
 * while the URL's host is sent as the Host header and the TLS server name and is checked against the receiver's
 * certificate, so no second DNS lookup can send the request elsewhere. Redirects are not followed: a 3xx is the answer.
 */
@ApplicationScoped
class WebhookHttp {

    private final HttpClient client;
    private final Duration timeout;

    WebhookHttp(Vertx vertx, PartnerConfig config) {
        this.timeout = config.webhooks().timeout();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(false)
                .setForceSni(true)
                .setVerifyHost(true)
                .setConnectTimeout((int) timeout.toMillis()));
    }

    /**
     * The receiver's status code.
     *
     * @throws IOException when the receiver cannot be reached or does not answer in time (the cause is for the logs only)
     */
    int post(WebhookTarget target, Map<String, String> headers, String body) throws IOException {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.pathAndQuery())
                .setFollowRedirects(false)
                .setConnectTimeout(timeout.toMillis())
                .setTimeout(timeout.toMillis());
        headers.forEach(options::putHeader);
        Future<Integer> status = client.request(options)
                .compose(request -> request.send(body))
                .map(WebhookHttp::statusAndClose);
        try {
            return status.toCompletionStage().toCompletableFuture().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("no answer within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The status; the body is not read, and the connection is closed rather than drained. */
    private static int statusAndClose(HttpClientResponse response) {
        int status = response.statusCode();
        response.request().connection().close();
        return status;
    }
}
