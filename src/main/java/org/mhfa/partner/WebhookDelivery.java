package org.mhfa.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mhfa.platform.BaseEntity;

/** One event to deliver to one subscription (the outbox row): its attempts, the next one, and the last answer. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subscription_id")
    public WebhookSubscription subscription;

    /** e.g. {@code certificate.revoked}. */
    @Column(nullable = false)
    public String event;

    @Column(name = "certificate_code", nullable = false)
    public String certificateCode;

    @Column(nullable = false)
    public String status;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The exact JSON body that is signed and sent on every attempt. */
    @Column(nullable = false)
    public String payload;

    @Column(nullable = false)
    public int attempts;

    /** When the next attempt is due; null once delivered or given up. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    /** The receiver's HTTP status on the last attempt; null when it could not be reached. */
    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
