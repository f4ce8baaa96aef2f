package org.mhfa.partner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries, signed, and retries failures with exponential backoff. Each delivery is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and leased before it is sent, so several instances never send the same attempt twice.
 * The address is checked again before each attempt and the request goes to exactly that address ({@link WebhookHttp}).
 * What the agency sees of a failure is the receiver's status or that it could not be reached, never why (refused, timed
 * out, not allowed) nor the address or port: the delivery log must not tell an agency what answers where.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final int BATCH = 20;
    private static final Duration LEASE = Duration.ofMinutes(2);
    static final String UNREACHABLE = "Delivery failed: the receiver could not be reached.";

    private final EntityManager entities;
    private final PartnerConfig config;
    private final WebhookHttp http;
    private final WebhookAddresses addresses = WebhookAddresses.system();

    WebhookSender(EntityManager entities, PartnerConfig config, WebhookHttp http) {
        this.entities = entities;
        this.config = config;
        this.http = http;
    }

    @Scheduled(every = "{mhfa.partner.webhooks.poll-every}", delayed = "{mhfa.partner.webhooks.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sendDue();
    }

    /** Sends every delivery that is due now; returns how many were attempted. */
    public int sendDue() {
        int attempted = 0;
        List<Long> claimed;
        do {
            claimed = claim();
            for (Long id : claimed) {
                attempt(id);
                attempted++;
            }
        } while (claimed.size() == BATCH);
        return attempted;
    }

    /** Locks due rows other instances have not locked, and pushes their next attempt past the lease. */
    @SuppressWarnings("unchecked")
    private List<Long> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            List<Number> ids = entities.createNativeQuery("select id from webhook_delivery where delivered_at is null "
                    + "and next_attempt_at is not null and next_attempt_at <= ?1 order by next_attempt_at, id limit " + BATCH
                    + " for update skip locked").setParameter(1, now).getResultList();
            List<Long> claimed = ids.stream().map(Number::longValue).toList();
            if (!claimed.isEmpty()) {
                entities.createNativeQuery("update webhook_delivery set next_attempt_at = ?1 where id in (?2)")
                        .setParameter(1, now.plus(LEASE)).setParameter(2, claimed).executeUpdate();
            }
            return claimed;
        });
    }

    private void attempt(long id) {
        record Attempt(String url, String secret, String payload, String event) {
        }
        Attempt attempt = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(id);
            return new Attempt(delivery.subscription.url, delivery.subscription.secret, delivery.payload, delivery.event);
        });
        Integer status = null;
        String error = null;
        try {
            WebhookTarget target = addresses.target(URI.create(attempt.url()), config.webhooks().allowHttpLocalhost());
            long now = Instant.now().getEpochSecond();
            status = http.post(target, Map.of("Content-Type", "application/json",
                    "User-Agent", "MHFA-Webhooks/1",
                    "X-MHFA-Event", attempt.event(),
                    "X-MHFA-Delivery", Long.toString(id),
                    WebhookSignature.HEADER, WebhookSignature.header(attempt.secret(), now, attempt.payload())), attempt.payload());
            if (status < 200 || status > 299) {
                error = "Delivery failed (status " + status + ").";
            }
        } catch (IOException | InvalidPartnerRequestException | IllegalArgumentException e) {
            LOG.infof("Webhook delivery %d could not reach the receiver: %s", id, e.getMessage());
            error = UNREACHABLE;
        }
        Integer lastStatus = status;
        String lastError = error;
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(id);
            Instant now = Instant.now();
            delivery.attempts++;
            delivery.lastAttemptAt = now;
            delivery.lastStatus = lastStatus;
            delivery.lastError = lastError;
            if (lastError == null) {
                delivery.deliveredAt = now;
                delivery.nextAttemptAt = null;
            } else if (delivery.attempts >= config.webhooks().maxAttempts()) {
                delivery.nextAttemptAt = null;
                LOG.warnf("Webhook delivery %d given up after %d attempts: %s", id, delivery.attempts, lastError);
            } else {
                delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
            }
        });
    }

    /** The wait after the given number of failed attempts: the first retry delay, doubled each time, up to the maximum. */
    Duration backoff(int failedAttempts) {
        Duration wait = config.webhooks().firstRetry();
        for (int i = 1; i < failedAttempts && wait.compareTo(config.webhooks().maxRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.webhooks().maxRetry()) > 0 ? config.webhooks().maxRetry() : wait;
    }
}
