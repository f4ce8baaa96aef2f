package org.mhfa.partner;

import org.mhfa.identity.AgencyClients;
import org.mhfa.identity.ClientExistsException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Registers partner agencies with their Keycloak clients, rotates their secrets and adds the people who act for them. */
@ApplicationScoped
public class AgencyService {

    private final AgencyClients clients;

    AgencyService(AgencyClients clients) {
        this.clients = clients;
    }

    /** An agency with its client secret, which is shown to the administrator this once and never stored by the platform. */
    public record AgencyWithSecret(PartnerAgency agency, String clientSecret) {
    }

    /** Registers an agency: its Keycloak client first, then the record; the client is removed again if the record fails. */
    public AgencyWithSecret register(AgencyRegistration registration) {
        Map<String, String> errors = registration.errors();
        if (!errors.isEmpty()) {
            throw new InvalidAgencyException(errors);
        }
        List<String> scopes = registration.scopes().stream().map(scope -> PartnerScope.of(scope).orElseThrow().value())
                .distinct().toList();
        String slug = QuarkusTransaction.requiringNew().call(() -> freeSlug(slug(registration.name())));
        String clientId = "agency-" + slug;
        AgencyClients.CreatedClient client;
        try {
            client = clients.create(clientId, registration.name().strip(), registration.contactEmail().strip(), scopes);
        } catch (ClientExistsException e) {
            throw new AgencyException("An agency client named " + clientId + " already exists in Keycloak.");
        }
        try {
            PartnerAgency agency = QuarkusTransaction.requiringNew().call(() -> {
                PartnerAgency created = new PartnerAgency();
                created.name = registration.name().strip();
                created.slug = slug;
                created.contactEmail = registration.contactEmail().strip();
                created.scopes = String.join(" ", scopes);
                created.clientId = clientId;
                created.clientUuid = client.uuid();
                created.createdAt = Instant.now();
                created.persistAndFlush();
                return created;
            });
            return new AgencyWithSecret(agency, client.secret());
        } catch (RuntimeException e) {
            clients.delete(client.uuid());
            throw e;
        }
    }

    /** A new client secret; the old one stops working at once. */
    @Transactional
    public AgencyWithSecret rotateSecret(long agencyId) {
        PartnerAgency agency = get(agencyId);
        String secret = clients.rotateSecret(agency.clientUuid);
        agency.secretRotatedAt = Instant.now();
        return new AgencyWithSecret(agency, secret);
    }

    /** Changes what the agency may do; tokens issued from now on carry the new scopes, and the old ones are refused them. */
    @Transactional
    public PartnerAgency changeScopes(long agencyId, List<String> requested) {
        PartnerAgency agency = get(agencyId);
        Map<String, String> errors = new AgencyRegistration(agency.name, agency.contactEmail, requested).errors();
        if (!errors.isEmpty()) {
            throw new InvalidAgencyException(errors);
        }
        List<String> scopes = requested.stream().map(scope -> PartnerScope.of(scope).orElseThrow().value()).distinct().toList();
        clients.updateScopes(agency.clientUuid, scopes);
        agency.scopes = String.join(" ", scopes);
        return agency;
    }

    /** Lets a person (by exact username or e-mail) act for the agency on its pages; gives them the partner role. */
    @Transactional
    public PartnerMember addMember(long agencyId, String usernameOrEmail) {
        PartnerAgency agency = get(agencyId);
        if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
            throw new InvalidAgencyException(Map.of("user", "Enter the person's username or e-mail address."));
        }
        if (usernameOrEmail.length() > 255 || !org.mhfa.platform.PlainText.Validator.isPlain(usernameOrEmail)) {
            throw new InvalidAgencyException(Map.of("user", "A username or e-mail address has at most 255 characters and no control characters."));
        }
        var user = clients.findUser(usernameOrEmail)
                .orElseThrow(() -> new InvalidAgencyException(Map.of("user", "No account has this username or e-mail address.")));
        PartnerMember existing = PartnerMember.findByUserId(user.getId()).orElse(null);
        if (existing != null) {
            if (!existing.agency.id.equals(agency.id)) {
                throw new InvalidAgencyException(Map.of("user", "This person already acts for " + existing.agency.name + "."));
            }
            return existing;
        }
        clients.grantPartnerRole(user.getId());
        PartnerMember member = new PartnerMember();
        member.agency = agency;
        member.userId = user.getId();
        member.username = user.getUsername();
        member.addedAt = Instant.now();
        member.persist();
        return member;
    }

    @Transactional
    public PartnerAgency get(long agencyId) {
        PartnerAgency agency = PartnerAgency.findById(agencyId);
        if (agency == null) {
            throw new PartnerNotFoundException("No agency has the id " + agencyId + ".");
        }
        return agency;
    }

    @Transactional
    public List<PartnerAgency> list() {
        return PartnerAgency.listByName();
    }

    @Transactional
    public List<PartnerMember> members(long agencyId) {
        return PartnerMember.listFor(get(agencyId));
    }

    /** The agency name as lower-case ASCII letters, digits and dashes, at most 40 characters. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
    }

    private static String freeSlug(String base) {
        String slug = base;
        for (int n = 2; PartnerAgency.count("slug", slug) > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
