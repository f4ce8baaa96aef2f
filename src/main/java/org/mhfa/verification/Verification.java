package org.mhfa.verification;

import java.time.LocalDate;
import org.mhfa.certificate.CertificateStatus;

/** What the registry says about one certificate code: exactly what anyone may see. */
public record Verification(String code, CertificateStatus status, String holderName, String courseTitle,
        String courseVersion, LocalDate issuedOn, LocalDate expiresOn, LocalDate revokedOn, String supersededBy) {
}
