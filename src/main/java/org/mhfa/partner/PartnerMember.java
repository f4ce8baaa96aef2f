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

/** A person (Keycloak user) who acts for an agency on its pages; one agency per person. */
@Entity
@Table(name = "partner_member")
public class PartnerMember extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    public PartnerAgency agency;

    /** Keycloak's user id: the {@code sub} claim of their tokens. */
    @Column(name = "user_id", nullable = false, unique = true)
    public String userId;

    @Column(nullable = false)
    public String username;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    public static Optional<PartnerMember> findByUserId(String userId) {
        return find("userId", userId).firstResultOptional();
    }

    public static List<PartnerMember> listFor(PartnerAgency agency) {
        return list("agency = ?1 order by username", agency);
    }
}
