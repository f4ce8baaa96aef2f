package org.mhfa.certificate;

import java.time.LocalDate;

/** Where a certificate stands on a given day. */
public enum CertificateStatus {
    VALID("Valid"),
    EXPIRED("Expired"),
    REVOKED("Revoked");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CertificateStatus of(Certificate certificate, LocalDate today) {
        if (certificate.revokedAt != null) {
            return REVOKED;
        }
        return today.isAfter(certificate.expiresOn) ? EXPIRED : VALID;
    }
}
