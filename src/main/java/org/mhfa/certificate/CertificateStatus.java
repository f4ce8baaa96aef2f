package org.mhfa.certificate;

import java.time.LocalDate;

/** Where a certificate stands on a given day. */
public enum CertificateStatus {
    VALID("Valid"),
    EXPIRING_SOON("Expiring soon"),
    EXPIRED("Expired"),
    REVOKED("Revoked"),
    SUPERSEDED("Superseded");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A certificate is valid up to and including its expiry date; "expiring soon" within the given number of days of it. */
    public static CertificateStatus of(Certificate certificate, LocalDate today, int expiringSoonDays) {
        if (certificate.revokedAt != null) {
            return REVOKED;
        }
        if (certificate.supersededBy != null) {
            return SUPERSEDED;
        }
        if (today.isAfter(certificate.expiresOn)) {
            return EXPIRED;
        }
        return today.plusDays(expiringSoonDays).isAfter(certificate.expiresOn) ? EXPIRING_SOON : VALID;
    }

    /** True while the certificate vouches for its holder: valid or expiring soon. */
    public boolean current() {
        return this == VALID || this == EXPIRING_SOON;
    }
}
