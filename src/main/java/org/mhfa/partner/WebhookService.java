package org.mhfa.partner;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.mhfa.platform.Paging;

/** An agency's webhook subscriptions and their deliveries; an agency only ever sees its own. */
@ApplicationScoped
public class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PartnerConfig config;
    private final WebhookAddresses addresses = WebhookAddresses.system();

    WebhookService(PartnerConfig config) {
        this.config = config;
    }

    /** A new subscription with its signing secret, which the caller shows this once. */
    @Transactional
    public WebhookSubscription subscribe(PartnerAgency agency, String url) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.agency = PartnerAgency.findById(agency.id);
        subscription.url = checkedUrl(url);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        subscription.secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        subscription.createdAt = Instant.now();
        subscription.persist();
        return subscription;
    }

    @Transactional
    public List<WebhookSubscription> subscriptions(PartnerAgency agency) {
        return WebhookSubscription.list("agency.id = ?1 order by id", agency.id);
    }

    @Transactional
    public WebhookSubscription subscription(PartnerAgency agency, long id) {
        return WebhookSubscription.<WebhookSubscription>find("agency.id = ?1 and id = ?2", agency.id, id).firstResultOptional()
                .orElseThrow(() -> new PartnerNotFoundException("The agency has no webhook subscription " + id + "."));
    }

    @Transactional
    public void unsubscribe(PartnerAgency agency, long id) {
        subscription(agency, id).delete();
    }

    /** A subscription's deliveries, newest first. */
    @Transactional
    public List<WebhookDelivery> deliveries(PartnerAgency agency, long subscriptionId, int page, int size) {
        WebhookSubscription subscription = subscription(agency, subscriptionId);
        int bounded = Math.max(1, Math.min(200, size));
        int offset = Paging.offset(page, bounded);
        return WebhookDelivery.<WebhookDelivery>find("subscription", Sort.descending("createdAt", "id"), subscription)
                .range(offset, offset + bounded - 1).list();
    }

    /** The URL as stored, once it is a full https URL to a public address (see {@link WebhookAddresses}). */
    private String checkedUrl(String url) {
        URI uri;
        try {
            uri = url == null ? null : URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getScheme() == null || uri.getHost() == null || url.length() > 2000) {
            throw new InvalidPartnerRequestException("Give the webhook's full URL, e.g. https://agency.example/mhfa-events.",
                    Map.of("url", "not a URL"));
        }
        addresses.target(uri, config.webhooks().allowHttpLocalhost());
        return uri.toString();
    }
}
