package org.mhfa.verification;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.mhfa.platform.BaseEntity;

/** One verification in the audit log: when, through which channel, which code and what the registry answered. */
@Entity
@Table(name = "verification_log")
public class VerificationLogEntry extends BaseEntity {

    /** The result recorded for unknown and malformed codes. */
    public static final String UNKNOWN = "UNKNOWN";

    @Column(name = "verified_at", nullable = false)
    public Instant verifiedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VerificationChannel channel;

    /** The partner agency that asked; null for the public channels. */
    @Column(name = "agency_id")
    public Long agencyId;

    /** The certificate the code belongs to; null for unknown and malformed codes. */
    @Column(name = "certificate_id")
    public Long certificateId;

    /** The canonical code asked for; null when the input was not a well-formed code. */
    public String code;

    /** SHA-256 (hex) of malformed input, so repeated junk can be recognised without storing it. */
    @Column(name = "input_digest")
    public String inputDigest;

    /** A {@link org.mhfa.certificate.CertificateStatus} name, or {@link #UNKNOWN}. */
    @Column(nullable = false)
    public String result;

    /** The client's address truncated to its /24 (IPv4) or /48 (IPv6) network; public channels only. */
    @Column(name = "client_address")
    public String clientAddress;

    /** True when the input was a well-formed code (known or not). */
    public boolean wellFormed() {
        return code != null;
    }

    /** An agency's verifications, newest first: {@code limit} of them from row {@code offset}. */
    public static List<VerificationLogEntry> forAgency(long agencyId, int offset, int limit) {
        PanacheQuery<VerificationLogEntry> query = find("agencyId", Sort.descending("verifiedAt", "id"), agencyId);
        return query.range(offset, offset + limit - 1).list();
    }

    public static long countForAgency(long agencyId) {
        return count("agencyId", agencyId);
    }

    /** The agencies that have verified a certificate at least once. */
    public static List<Long> agenciesThatVerified(long certificateId) {
        return getEntityManager()
                .createQuery("select distinct e.agencyId from VerificationLogEntry e where e.certificateId = ?1 and e.agencyId is not null",
                        Long.class)
                .setParameter(1, certificateId)
                .getResultList();
    }
}
