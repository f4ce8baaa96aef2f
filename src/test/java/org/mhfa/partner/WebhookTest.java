package org.mhfa.partner;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

/** Signed status webhooks: delivered to a local receiver, retried with backoff, visible to their agency only. */
@QuarkusTest
class WebhookTest {

    /** What the local receiver got: headers and body of each request, and whether the signature held. */
    record Received(String signature, String event, String body, boolean signatureValid) {
    }

    @Inject
    ExpirySweep expirySweep;

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger redirected = new AtomicInteger();
    private final AtomicInteger followed = new AtomicInteger();
    private final AtomicInteger failuresToGo = new AtomicInteger();
    private volatile String secret = "";

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst("X-MHFA-Signature");
            received.add(new Received(signature, exchange.getRequestHeaders().getFirst("X-MHFA-Event"), body,
                    WebhookSignature.verify(secret, signature, body, Instant.now().getEpochSecond(), 300)));
            int status = failuresToGo.getAndDecrement() > 0 ? 503 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.createContext("/moved", exchange -> {
            exchange.getRequestBody().readAllBytes();
            redirected.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "http://localhost:" + receiver.getAddress().getPort() + "/elsewhere");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        receiver.createContext("/elsewhere", exchange -> {
            exchange.getRequestBody().readAllBytes();
            followed.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String hookUrl() {
        return "http://localhost:" + receiver.getAddress().getPort() + "/hooks";
    }

    private JsonNode subscribe(String token) {
        return subscribe(token, hookUrl());
    }

    private static JsonNode subscribe(String token, String url) {
        String answer = given().auth().oauth2(token).contentType("application/json").body(Map.of("url", url))
                .post("/api/partner/webhooks").then().statusCode(201).extract().asString();
        return Agencies.read(answer);
    }

    /** An agency subscribed to {@code url} that has verified a certificate, which is then revoked: one delivery is due. */
    private DeliveryFixture deliveryTo(String agencyName, String url) {
        Agencies.Agency agency = Agencies.register(agencyName, "verify", "webhooks");
        String token = agency.token();
        JsonNode subscribed = subscribe(token, url);
        secret = subscribed.get("secret").asText();
        long subscription = subscribed.get("id").asLong();
        String code = RegistryFixture.valid("Dora Delivery");
        verify(token, code);
        revokeAsAdmin(code);
        return new DeliveryFixture(token, subscription);
    }

    record DeliveryFixture(String token, long subscription) {

        io.restassured.response.ValidatableResponse log() {
            return given().auth().oauth2(token).get("/api/partner/webhooks/" + subscription + "/deliveries").then().statusCode(200);
        }
    }

    private static void verify(String token, String code) {
        given().auth().oauth2(token).contentType("application/json").body(Map.of("codes", List.of(code)))
                .post("/api/partner/verifications").then().statusCode(200);
    }

    private static void revokeAsAdmin(String code) {
        String admin = TestUsers.create("Ada", "Admin", "admin").token();
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("reason", "issued in error"))
                .post("/api/instructor/certificates/" + code + "/revocation").then().statusCode(200);
    }

    @Test
    void webhooksToThePlatformsOwnNetworkAreRefused() {
        Agencies.Agency agency = Agencies.register("Signal Prober", "verify", "webhooks");
        String token = agency.token();
        for (String url : List.of("https://169.254.169.254/latest/meta-data/", "https://10.0.0.7/hook", "https://192.168.1.20/hook",
                "https://[fd00::1]/hook", "https://100.64.0.1/hook", "https://0.0.0.0/hook")) {
            given().auth().oauth2(token).contentType("application/json").body(Map.of("url", url))
                    .post("/api/partner/webhooks").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.url", equalTo("not a public address"));
        }
        given().auth().oauth2(token).get("/api/partner/webhooks").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void disguisedReservedAndOwnNetworkAddressesAreRefusedAtSubscription() {
        String token = Agencies.register("Signal Disguiser", "verify", "webhooks").token();
        for (String url : List.of("https://192.0.2.2:8080/hook", "https://198.18.0.1/hook", "https://[64:ff9b::a9fe:a9fe]/hook",
                "https://[64:ff9b:1::7f00:1]/hook", "https://[::ffff:0:7f00:1]/hook", "https://[::ffff:127.0.0.1]/hook",
                "https://[::127.0.0.1]/hook", "https://[2002:7f00:1::]/hook", "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook",
                "https://0177.0.0.1/hook", "https://2130706433/hook", "https://127.1/hook", "https://255.255.255.255/hook",
                "https://[2001:db8::1]/hook", "https://[ff02::1]/hook", "https://203.0.113.9/hook")) {
            given().auth().oauth2(token).contentType("application/json").body(Map.of("url", url))
                    .post("/api/partner/webhooks").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.url", org.hamcrest.Matchers.notNullValue());
        }
        given().auth().oauth2(token).get("/api/partner/webhooks").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void theDeliveryLogShowsNoConnectionDetail() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        DeliveryFixture unreachable = deliveryTo("Signal Unreachable", "http://localhost:" + closedPort + "/hooks");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> unreachable.log()
                .body("[0].attempts", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("[0].lastError", equalTo("Delivery failed: the receiver could not be reached."))
                .body("[0].lastStatus", org.hamcrest.Matchers.nullValue()));
        String log = unreachable.log().extract().asString();
        for (String detail : List.of(Integer.toString(closedPort), "127.0.0.1", "localhost", "refused", "Connect", "timed out", "Exception")) {
            assertFalse(log.contains(detail), detail + " in " + log);
        }

        failuresToGo.set(1000);
        DeliveryFixture failing = deliveryTo("Signal Failing", hookUrl());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> failing.log()
                .body("[0].lastStatus", equalTo(503)).body("[0].lastError", equalTo("Delivery failed (status 503).")));
    }

    @Test
    void redirectsAreNotFollowed() {
        DeliveryFixture moved = deliveryTo("Signal Mover", "http://localhost:" + receiver.getAddress().getPort() + "/moved");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> moved.log()
                .body("[0].lastStatus", equalTo(302)).body("[0].lastError", equalTo("Delivery failed (status 302).")));
        assertTrue(redirected.get() >= 1);
        assertEquals(0, followed.get(), "the receiver is not called again at the address it redirects to");
    }

    @Test
    void aRevokedCertificateTheAgencyVerifiedIsDeliveredSignedAndRetriedUntilTheReceiverAccepts() {
        Agencies.Agency agency = Agencies.register("Signal Ambulance", "verify", "webhooks");
        String token = agency.token();
        JsonNode subscription = subscribe(token);
        secret = subscription.get("secret").asText();
        assertTrue(secret.startsWith("whsec_"));
        String code = RegistryFixture.valid("Rory Vance");
        String unrelated = RegistryFixture.valid("Una Vance");
        verify(token, code);

        failuresToGo.set(1);
        revokeAsAdmin(code);
        revokeAsAdmin(unrelated);

        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 2);
        Received first = received.get(0);
        Received second = received.get(1);
        assertEquals(first.body(), second.body());
        assertTrue(second.signatureValid(), "signature " + second.signature() + " over " + second.body());
        assertEquals("certificate.revoked", second.event());
        JsonNode body = Agencies.read(second.body());
        assertEquals("certificate.revoked", body.get("event").asText());
        assertEquals(CertificateCode.display(code), body.get("code").asText());
        assertEquals("revoked", body.get("status").asText());
        assertTrue(Instant.parse(body.get("occurredAt").asText()).isAfter(Instant.now().minusSeconds(120)));

        long id = subscription.get("id").asLong();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/api/partner/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].attempts", equalTo(2))
                .body("[0].lastStatus", equalTo(204))
                .body("[0].deliveredAt", org.hamcrest.Matchers.notNullValue()));
        assertFalse(received.stream().anyMatch(r -> r.body().contains(CertificateCode.display(unrelated))),
                "a certificate the agency never verified is not announced");
    }

    @Test
    void aSignatureFailsForAnotherBodyAnotherSecretOrAnOldTimestamp() {
        String body = "{\"event\":\"certificate.revoked\"}";
        long now = Instant.now().getEpochSecond();
        String header = WebhookSignature.header("whsec_a", now, body);
        assertTrue(WebhookSignature.verify("whsec_a", header, body, now, 300));
        assertFalse(WebhookSignature.verify("whsec_a", header, body + " ", now, 300));
        assertFalse(WebhookSignature.verify("whsec_b", header, body, now, 300));
        assertFalse(WebhookSignature.verify("whsec_a", header, body, now + 301, 300));
        assertFalse(WebhookSignature.verify("whsec_a", "v1=abc", body, now, 300));
    }

    @Test
    void supersededAndExpiredCertificatesAreAnnouncedOnce() {
        Agencies.Agency agency = Agencies.register("Signal Employer", "verify", "webhooks");
        String token = agency.token();
        secret = subscribe(token).get("secret").asText();
        String reissued = RegistryFixture.valid("Sara Vance");
        String expiring = RegistryFixture.certificate("Eli Vance", RegistryFixture.today().minusYears(3), RegistryFixture.today().plusDays(3));
        verify(token, reissued);
        verify(token, expiring);

        String admin = TestUsers.create("Ada", "Admin", "admin").token();
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("holderName", "Sarah Vance"))
                .post("/api/instructor/certificates/" + reissued + "/reissue").then().statusCode(201);
        PlatformTestResource.execute("update certificate set expires_on = current_date - 1 where code = '" + expiring + "'");
        assertTrue(expirySweep.sweep(RegistryFixture.today()) >= 1);
        assertEquals(0, expirySweep.sweep(RegistryFixture.today()), "announced once");

        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 2);
        List<String> events = received.stream().map(Received::event).sorted().toList();
        assertEquals(List.of("certificate.expired", "certificate.superseded"), events);
        assertTrue(received.stream().allMatch(Received::signatureValid));
    }

    @Test
    void anAgencyCannotReadAnotherAgencysSubscriptionsOrDeliveries() {
        Agencies.Agency a = Agencies.register("Agency A", "verify", "webhooks");
        Agencies.Agency b = Agencies.register("Agency B", "verify", "webhooks");
        String tokenA = a.token();
        String tokenB = b.token();
        long subscriptionOfB = subscribe(tokenB).get("id").asLong();

        given().auth().oauth2(tokenA).get("/api/partner/webhooks/" + subscriptionOfB).then().statusCode(404);
        given().auth().oauth2(tokenA).get("/api/partner/webhooks/" + subscriptionOfB + "/deliveries").then().statusCode(404);
        given().auth().oauth2(tokenA).delete("/api/partner/webhooks/" + subscriptionOfB).then().statusCode(404);
        given().auth().oauth2(tokenA).get("/api/partner/webhooks").then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(tokenB).get("/api/partner/webhooks").then().statusCode(200).body("$", hasSize(1))
                .body("[0].secret", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void subscribingNeedsTheWebhooksScopeAndAnHttpsUrl() {
        Agencies.Agency verifyOnly = Agencies.register("Verify Only", "verify");
        given().auth().oauth2(verifyOnly.token()).contentType("application/json").body(Map.of("url", hookUrl()))
                .post("/api/partner/webhooks").then().statusCode(403).body("detail", containsString("webhooks"));
        Agencies.Agency agency = Agencies.register("Hooks Agency", "webhooks");
        given().auth().oauth2(agency.token()).contentType("application/json").body(Map.of("url", "http://agency.example/hooks"))
                .post("/api/partner/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("https"));
        given().auth().oauth2(agency.token()).contentType("application/json").body(Map.of("url", "not a url"))
                .post("/api/partner/webhooks").then().statusCode(400);
    }
}
