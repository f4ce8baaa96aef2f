package org.mhfa.partner.web;

import org.mhfa.partner.PartnerCaller;
import org.mhfa.partner.PartnerScope;
import org.mhfa.partner.WebhookDelivery;
import org.mhfa.partner.WebhookService;
import org.mhfa.partner.WebhookSubscription;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mhfa.platform.Paging;
import org.mhfa.platform.Roles;

/** An agency's webhook subscriptions and their deliveries (client-credentials token with the scope {@code webhooks}). */
@Path("/api/partner/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@Tag(name = "Partner agencies")
public class WebhookApi {

    /** Where to send events. */
    public record SubscriptionRequest(String url) {
    }

    /** A subscription; {@code secret} is present only in the answer that creates it. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record SubscriptionView(long id, String url, Instant createdAt, String secret) {

        static SubscriptionView of(WebhookSubscription subscription, boolean withSecret) {
            return new SubscriptionView(subscription.id, subscription.url, subscription.createdAt, withSecret ? subscription.secret : null);
        }
    }

    /** One delivery: the event, its attempts and how the receiver answered last. */
    public record DeliveryView(long id, String event, String code, String status, Instant occurredAt, int attempts,
            Instant lastAttemptAt, Integer lastStatus, String lastError, Instant nextAttemptAt, Instant deliveredAt) {

        static DeliveryView of(WebhookDelivery delivery) {
            return new DeliveryView(delivery.id, delivery.event, org.mhfa.certificate.CertificateCode.display(delivery.certificateCode),
                    delivery.status, delivery.occurredAt, delivery.attempts, delivery.lastAttemptAt, delivery.lastStatus,
                    delivery.lastError, delivery.nextAttemptAt, delivery.deliveredAt);
        }
    }

    private final PartnerCaller caller;
    private final WebhookService webhooks;

    WebhookApi(PartnerCaller caller, WebhookService webhooks) {
        this.caller = caller;
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a URL (https) to status changes of certificates the agency has verified; the answer carries the signing secret, shown this once")
    public Response subscribe(SubscriptionRequest request) {
        WebhookSubscription subscription = webhooks.subscribe(caller.require(PartnerScope.WEBHOOKS), request == null ? null : request.url());
        return Response.created(URI.create("/api/partner/webhooks/" + subscription.id)).header("Cache-Control", "no-store")
                .entity(SubscriptionView.of(subscription, true)).build();
    }

    @GET
    @Operation(summary = "The agency's subscriptions")
    public List<SubscriptionView> list() {
        return webhooks.subscriptions(caller.require(PartnerScope.WEBHOOKS)).stream().map(s -> SubscriptionView.of(s, false)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the agency's subscriptions")
    public SubscriptionView get(@PathParam("id") long id) {
        return SubscriptionView.of(webhooks.subscription(caller.require(PartnerScope.WEBHOOKS), id), false);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "End a subscription")
    public Response delete(@PathParam("id") long id) {
        webhooks.unsubscribe(caller.require(PartnerScope.WEBHOOKS), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "A subscription's deliveries, newest first, with attempts and the receiver's last answer")
    public List<DeliveryView> deliveries(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Pages count from 0.")
            @Max(value = Paging.MAX_PAGE, message = "There are not that many pages.") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "Ask for at least one entry.")
            @Max(value = 200, message = "Ask for at most 200 entries at a time.") int size) {
        return webhooks.deliveries(caller.require(PartnerScope.WEBHOOKS), id, page, size)
                .stream().map(DeliveryView::of).toList();
    }
}
