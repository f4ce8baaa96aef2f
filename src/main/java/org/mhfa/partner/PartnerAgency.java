package org.mhfa.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mhfa.platform.BaseEntity;

/** A partner agency (police, ambulance service, employer) with its own Keycloak client for the client-credentials grant. */
@Entity
@Table(name = "partner_agency")
public class PartnerAgency extends BaseEntity {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(name = "contact_email", nullable = false)
    public String contactEmail;

    /** The allowed scopes, space-separated (see {@link PartnerScope}). */
    @Column(nullable = false)
    public String scopes;

    /** The Keycloak client id, e.g. {@code agency-city-police}; tokens carry it as {@code azp}. */
    @Column(name = "client_id", nullable = false, unique = true)
    public String clientId;

    /** Keycloak's internal id of the client, for the admin API. */
    @Column(name = "client_uuid", nullable = false)
    public String clientUuid;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "secret_rotated_at")
    public Instant secretRotatedAt;

    public List<String> scopeList() {
        return Arrays.stream(scopes.split(" ")).filter(scope -> !scope.isBlank()).toList();
    }

    public boolean allows(String scope) {
        return scopeList().contains(scope);
    }

    public static Optional<PartnerAgency> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    public static List<PartnerAgency> listByName() {
        return list("order by name, id");
    }
}
