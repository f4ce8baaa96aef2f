package org.mhfa.verification;

import java.time.LocalDate;
import java.util.List;
import org.mhfa.certificate.CertificateStatus;

/**
 * What the registry says about one certificate code: exactly what anyone may see. The holder's name is in the configured
 * form (full, or first name and initial); a revocation reason only when it is one of the standard, non-personal ones.
 */
public record Verification(String code, CertificateStatus status, String holderName, String courseTitle,
        String courseVersion, LocalDate issuedOn, LocalDate expiresOn, LocalDate revokedOn, String revocationReason,
        String supersededBy, List<String> competencies) {

    /** The same record with another status (the day has moved on since it was read). */
    public Verification withStatus(CertificateStatus newStatus) {
        return new Verification(code, newStatus, holderName, courseTitle, courseVersion, issuedOn, expiresOn, revokedOn,
                revocationReason, supersededBy, competencies);
    }
}
