package org.mhfa.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mhfa.certificate.Certificate;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.certificate.CertificateStatusChanged;

/**
 * Turns a certificate's status change into one delivery per webhook subscription of every agency that has verified the
 * certificate, in the same transaction as the change (an outbox): nothing is sent from here.
 */
@ApplicationScoped
public class WebhookOutbox {

    private final ObjectMapper json;
    private final PartnerAuditTrail audit;

    WebhookOutbox(ObjectMapper json, PartnerAuditTrail audit) {
        this.json = json;
        this.audit = audit;
    }

    void onStatusChange(@Observes CertificateStatusChanged change) {
        enqueue(change);
    }

    /** Adds the deliveries for a change; a subscription gets each event about a certificate once. Returns how many. */
    public int enqueue(CertificateStatusChanged change) {
        Certificate certificate = Certificate.findByCode(change.code()).orElse(null);
        if (certificate == null) {
            return 0;
        }
        List<Long> agencies = audit.agenciesThatVerified(certificate.id);
        if (agencies.isEmpty()) {
            return 0;
        }
        String status = change.status().name().toLowerCase(Locale.ROOT);
        String event = "certificate." + status;
        Instant occurredAt = change.occurredAt().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("code", CertificateCode.display(change.code()));
        body.put("status", status);
        body.put("occurredAt", occurredAt.toString());
        String payload;
        try {
            payload = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        int added = 0;
        List<WebhookSubscription> subscriptions = WebhookSubscription.list("agency.id in ?1", agencies);
        for (WebhookSubscription subscription : subscriptions) {
            if (!subscription.agency.allows(PartnerScope.WEBHOOKS.value())
                    || WebhookDelivery.count("subscription = ?1 and event = ?2 and certificateCode = ?3", subscription, event, change.code()) > 0) {
                continue;
            }
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.subscription = subscription;
            delivery.event = event;
            delivery.certificateCode = change.code();
            delivery.status = status;
            delivery.occurredAt = occurredAt;
            delivery.payload = payload;
            delivery.attempts = 0;
            delivery.createdAt = Instant.now();
            delivery.nextAttemptAt = delivery.createdAt;
            delivery.persist();
            added++;
        }
        return added;
    }
}
