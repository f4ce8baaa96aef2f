package org.mhfa.xapi;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

@QuarkusTest
class LrsForwarderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LrsForwarder forwarder;

    @Inject
    ContentRepository content;

    @Test
    void aStoreThatIsDownForAWhileGetsEveryStatementExactlyOnceWhenItComesBack() throws Exception {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        Journeys.complete(TestUsers.create("For", "Warded").token(), course);
        Set<String> queued = queuedStatementIds();
        assertTrue(queued.size() > 20, "a whole journey queues many statements: " + queued.size());
        int port = freePort();
        LrsTarget target = target(port, 7);
        LrsTarget slowRetries = new LrsTarget(target.endpoint(), target.username(), target.password(), 7,
                Duration.ofMinutes(1), Duration.ofMinutes(5), target.timeout());

        // the store is not there at all: connection refused; each failed batch waits for its backoff
        assertEquals(0, forwarder.forwardDue(slowRetries));
        assertEquals(queued, queuedStatementIds(), "nothing leaves the queue unless the store accepted it");
        assertEquals(7, PlatformTestResource.count("select count(*) from xapi_outbox where attempts = 1 "
                + "and next_attempt_at > now() + interval '50 seconds'"));
        assertEquals(0, forwarder.forwardDue(slowRetries));
        assertEquals(14, PlatformTestResource.count("select count(*) from xapi_outbox where attempts = 1"), "the next batch was tried");
        assertEquals(0, PlatformTestResource.count("select count(*) from xapi_outbox where attempts > 1"), "no batch before its time");
        assertEquals(queued, queuedStatementIds());
        // a minute later
        PlatformTestResource.execute("update xapi_outbox set next_attempt_at = now() - interval '1 second'");

        try (StubLrs store = StubLrs.start(port, 3, Duration.ZERO)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
                forwarder.forwardDue(target);
                return PlatformTestResource.count("select count(*) from xapi_outbox") == 0;
            });
            assertEquals(3, store.refused.get(), "the store answered 503 three times");
            assertTrue(PlatformTestResource.count("select count(*) from xapi_outbox") == 0);
            assertEquals(store.accepted.size(), new HashSet<>(store.accepted).size(), "no statement sent twice");
            assertEquals(queued, new HashSet<>(store.accepted), "no statement lost");
            assertTrue(store.batchSizes.stream().allMatch(size -> size <= 7), store.batchSizes.toString());
            for (StubLrs.Request request : store.requests) {
                assertEquals("/xapi/statements", request.path());
                assertEquals("Basic " + Base64.getEncoder().encodeToString("lrs-user:s3cret:pw".getBytes(StandardCharsets.UTF_8)),
                        request.authorization());
                assertEquals("1.0.3", request.version());
                assertTrue(request.contentType().startsWith("application/json"));
            }
            JsonNode sent = store.lastBody;
            assertTrue(sent.isArray());
            for (JsonNode statement : sent) {
                assertTrue(statement.has("id") && statement.has("actor") && statement.has("verb") && statement.has("object"));
                assertFalse(statement.has("stored") || statement.has("authority"), "the receiving store sets these itself");
            }
            assertEquals(0, forwarder.forwardDue(target), "nothing left to send");
        }
    }

    @Test
    void twoInstancesForwardingAtTheSameTimeNeverSendTheSameStatement() throws Exception {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        Journeys.complete(TestUsers.create("Two", "Instances").token(), course);
        Journeys.complete(TestUsers.create("Three", "Instances").token(), course);
        Set<String> queued = queuedStatementIds();
        int port = freePort();
        LrsTarget target = target(port, 5);
        try (StubLrs store = StubLrs.start(port, 0, Duration.ofMillis(30))) {
            ExecutorService instances = Executors.newFixedThreadPool(3);
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sent.add(instances.submit(() -> forwarder.forwardDue(target)));
            }
            int total = 0;
            for (Future<Integer> each : sent) {
                total += each.get();
            }
            instances.shutdown();
            assertEquals(0, PlatformTestResource.count("select count(*) from xapi_outbox"));
            assertEquals(queued.size(), total);
            assertEquals(store.accepted.size(), new HashSet<>(store.accepted).size(), "no statement sent twice");
            assertEquals(queued, new HashSet<>(store.accepted));
            assertTrue(store.maxConcurrent.get() > 1, "the instances did send at the same time");
        }
    }

    @Test
    void theConfiguredStoreIsUsedOnlyWhenForwardingIsEnabledAndAUrlIsSet() {
        // the tests enable forwarding (to queue statements) without a URL; the scheduled job then has nowhere to send
        assertTrue(forwarder.configuredTarget().isEmpty());
    }

    @Test
    void theWaitDoublesAfterEachFailureUpToTheMaximum() {
        LrsTarget target = new LrsTarget(URI.create("http://lrs.example/xapi"), Optional.empty(), Optional.empty(), 100,
                Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofSeconds(10));
        assertEquals(Duration.ofSeconds(5), target.backoff(1));
        assertEquals(Duration.ofSeconds(10), target.backoff(2));
        assertEquals(Duration.ofSeconds(40), target.backoff(4));
        assertEquals(Duration.ofMinutes(10), target.backoff(12));
        assertEquals(Duration.ofMinutes(10), target.backoff(1000));
        assertEquals(URI.create("http://lrs.example/xapi/statements"), target.statementsUri());
    }

    private static LrsTarget target(int port, int batchSize) {
        return new LrsTarget(URI.create("http://127.0.0.1:" + port + "/xapi/"), Optional.of("lrs-user"), Optional.of("s3cret:pw"),
                batchSize, Duration.ofMillis(200), Duration.ofMillis(800), Duration.ofSeconds(5));
    }

    private static Set<String> queuedStatementIds() {
        return QuarkusTransaction.requiringNew().call(() -> new HashSet<>(StoredStatement.getEntityManager().createQuery(
                "select s.statementId from StoredStatement s where s.id in (select o.statementSeq from OutboxEntry o)", java.util.UUID.class)
                .getResultList().stream().map(Object::toString).toList()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A learning record store stand-in: refuses the first requests with 503, then keeps every statement id it accepts. */
    static final class StubLrs implements AutoCloseable {

        record Request(String path, String authorization, String version, String contentType) {
        }

        final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger concurrent = new AtomicInteger();
        final AtomicInteger maxConcurrent = new AtomicInteger();
        volatile JsonNode lastBody;
        private final HttpServer server;

        private StubLrs(HttpServer server) {
            this.server = server;
        }

        static StubLrs start(int port, int failFirst, Duration delay) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            StubLrs stub = new StubLrs(server);
            AtomicInteger toRefuse = new AtomicInteger(failFirst);
            server.createContext("/", exchange -> {
                int now = stub.concurrent.incrementAndGet();
                stub.maxConcurrent.accumulateAndGet(now, Math::max);
                try {
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    stub.requests.add(new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"),
                            exchange.getRequestHeaders().getFirst("X-Experience-API-Version"),
                            String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))));
                    Thread.sleep(delay.toMillis());
                    if (toRefuse.getAndDecrement() > 0) {
                        stub.refused.incrementAndGet();
                        exchange.sendResponseHeaders(503, -1);
                        return;
                    }
                    JsonNode statements = JSON.readTree(body);
                    stub.lastBody = statements;
                    List<String> ids = new ArrayList<>();
                    statements.forEach(statement -> ids.add(statement.get("id").asText()));
                    stub.accepted.addAll(ids);
                    stub.batchSizes.add(ids.size());
                    byte[] answer = JSON.writeValueAsBytes(ids);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, answer.length);
                    exchange.getResponseBody().write(answer);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    stub.concurrent.decrementAndGet();
                    exchange.close();
                }
            });
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return stub;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
