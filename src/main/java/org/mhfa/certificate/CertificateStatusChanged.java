package org.mhfa.certificate;

import java.time.Instant;

/** Fired (synchronously, inside the changing transaction) when a certificate is revoked, superseded or expires. */
public record CertificateStatusChanged(String code, CertificateStatus status, Instant occurredAt) {
}
