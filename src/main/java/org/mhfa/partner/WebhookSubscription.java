package org.mhfa.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mhfa.platform.BaseEntity;

/** An agency's callback URL for certificate status changes, with the secret its deliveries are signed with. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    public PartnerAgency agency;

    @Column(nullable = false)
    public String url;

    /** The HMAC-SHA256 key; shown to the agency once, kept here to sign with. */
    @Column(nullable = false)
    public String secret;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<WebhookSubscription> listFor(PartnerAgency agency) {
        return list("agency = ?1 order by id", agency);
    }

    /** The subscription with this id if it belongs to the agency; empty for another agency's, as for none. */
    public static Optional<WebhookSubscription> findOwned(PartnerAgency agency, long id) {
        return find("agency = ?1 and id = ?2", agency, id).firstResultOptional();
    }
}
