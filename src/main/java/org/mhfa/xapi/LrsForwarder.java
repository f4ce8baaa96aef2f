package org.mhfa.xapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Forwards queued statements to the learning record store in batches, with their ids so the store keeps each once.
 * A batch is claimed with {@code FOR UPDATE SKIP LOCKED} and stays locked while it is sent, so several instances never
 * send the same statements at the same time; it leaves the queue only after the store answers 2xx, and otherwise is
 * tried again later, waiting twice as long after each failure.
 */
@ApplicationScoped
public class LrsForwarder {

    private static final Logger LOG = Logger.getLogger(LrsForwarder.class);

    private final XapiConfig config;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final HttpClient http;
    private volatile boolean warnedAboutMissingUrl;

    LrsForwarder(XapiConfig config, EntityManager entityManager, ObjectMapper json) {
        this.config = config;
        this.entityManager = entityManager;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.lrs().timeout()).build();
    }

    @Scheduled(every = "{mhfa.xapi.lrs.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Optional<LrsTarget> target = configuredTarget();
        if (target.isPresent()) {
            forwardDue(target.get());
        } else if (config.lrs().enabled() && !warnedAboutMissingUrl) {
            warnedAboutMissingUrl = true;
            LOG.warn("mhfa.xapi.lrs.enabled is true but mhfa.xapi.lrs.url is not set: statements are queued and not sent");
        }
    }

    /** The store configured under {@code mhfa.xapi.lrs}, when forwarding is enabled and a URL is set. */
    public Optional<LrsTarget> configuredTarget() {
        XapiConfig.Lrs lrs = config.lrs();
        if (!lrs.enabled() || lrs.url().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LrsTarget(lrs.url().get(), lrs.username(), lrs.password(), lrs.batchSize(),
                lrs.initialBackoff(), lrs.maxBackoff(), lrs.timeout()));
    }

    /** Sends batches of due statements until none is due or the store fails; returns how many it accepted. */
    public int forwardDue(LrsTarget target) {
        int accepted = 0;
        while (true) {
            BatchResult result = forwardBatch(target);
            accepted += result.accepted();
            if (result.failed() || result.claimed() < target.batchSize()) {
                return accepted;
            }
        }
    }

    private record BatchResult(int claimed, int accepted, boolean failed) {
    }

    private BatchResult forwardBatch(LrsTarget target) {
        int timeoutSeconds = (int) Math.max(30, target.timeout().toSeconds() * 3);
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> {
            Instant now = Instant.now();
            @SuppressWarnings("unchecked")
            List<Object[]> claimed = entityManager.createNativeQuery("select statement_seq, attempts from xapi_outbox "
                    + "where next_attempt_at <= ?1 order by statement_seq limit " + Math.max(1, target.batchSize())
                    + " for update skip locked")
                    .setParameter(1, now)
                    .getResultList();
            if (claimed.isEmpty()) {
                return new BatchResult(0, 0, false);
            }
            List<Long> sequences = claimed.stream().map(row -> ((Number) row[0]).longValue()).toList();
            int failures = claimed.stream().mapToInt(row -> ((Number) row[1]).intValue()).max().orElse(0) + 1;
            List<String> statements = entityManager.createQuery(
                    "select s.statement from StoredStatement s where s.id in :ids order by s.id", String.class)
                    .setParameter("ids", sequences).getResultList();
            String error = post(target, statements);
            if (error == null) {
                entityManager.createQuery("delete from OutboxEntry o where o.statementSeq in :ids")
                        .setParameter("ids", sequences).executeUpdate();
                return new BatchResult(sequences.size(), sequences.size(), false);
            }
            Instant retryAt = Instant.now().plus(target.backoff(failures));
            LOG.warnf("Learning record store %s refused %d statements (try %d): %s; next try at %s",
                    target.statementsUri(), sequences.size(), failures, error, retryAt);
            entityManager.createQuery("update OutboxEntry o set o.attempts = o.attempts + 1, o.nextAttemptAt = :retryAt, "
                    + "o.lastError = :error where o.statementSeq in :ids")
                    .setParameter("retryAt", retryAt)
                    .setParameter("error", error.length() > 500 ? error.substring(0, 500) : error)
                    .setParameter("ids", sequences).executeUpdate();
            return new BatchResult(sequences.size(), 0, true);
        });
    }

    /** POSTs the statements; null when the store answered 2xx, else what went wrong. */
    private String post(LrsTarget target, List<String> statements) {
        try {
            ArrayNode batch = json.createArrayNode();
            for (String statement : statements) {
                ObjectNode node = (ObjectNode) json.readTree(statement);
                // the receiving store sets these itself
                node.remove("stored");
                node.remove("authority");
                batch.add(node);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(target.statementsUri())
                    .timeout(target.timeout())
                    .header("Content-Type", "application/json")
                    .header(StatementsApi.VERSION_HEADER, StatementFactory.XAPI_VERSION)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(batch), StandardCharsets.UTF_8));
            if (target.username().isPresent()) {
                String credentials = target.username().get() + ":" + target.password().orElse("");
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return null;
            }
            String body = response.body() == null ? "" : response.body().strip();
            return "HTTP " + response.statusCode() + (body.isEmpty() ? "" : ": " + (body.length() > 200 ? body.substring(0, 200) : body));
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
