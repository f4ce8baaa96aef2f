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
        return of(certificate.revokedAt != null, certificate.supersededBy != null, certificate.expiresOn, today, expiringSoonDays);
    }

    /** The same rule from the facts it rests on: revoked, superseded, and the expiry date. */
    public static CertificateStatus of(boolean revoked, boolean superseded, LocalDate expiresOn, LocalDate today, int expiringSoonDays) {
        if (revoked) {
            return REVOKED;
        }
        if (superseded) {
            return SUPERSEDED;
        }
        if (today.isAfter(expiresOn)) {
            return EXPIRED;
        }
        return today.plusDays(expiringSoonDays).isAfter(expiresOn) ? EXPIRING_SOON : VALID;
    }

    /** True while the certificate vouches for its holder: valid or expiring soon. */
    public boolean current() {
        return this == VALID || this == EXPIRING_SOON;
    }
}
