package org.mhfa.partner;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mhfa.certificate.Certificate;
import org.mhfa.certificate.CertificateStatus;
import org.mhfa.platform.Paging;
import org.mhfa.verification.ClientNetwork;
import org.mhfa.verification.VerificationChannel;
import org.mhfa.verification.VerificationLog;
import org.mhfa.verification.VerificationLogEntry;

/**
 * Partner verifications in the platform's verification log (channel PARTNER, under the agency that asked): the log
 * queues entries and writes them in batches, so a 1,000-code request adds no round trip per code.
 */
@ApplicationScoped
public class PartnerAuditTrail {

    private final VerificationLog log;

    PartnerAuditTrail(VerificationLog log) {
        this.log = log;
    }

    /** Records one entry: the code as given, and the certificate and its status when the code is known. */
    public void record(long agencyId, String input, Certificate certificate, CertificateStatus status) {
        log.record(VerificationChannel.PARTNER, agencyId, input, certificate == null ? null : certificate.id,
                certificate == null ? null : status, ClientNetwork.UNKNOWN);
    }

    /** The agency's own entries, newest first: one page of {@code size}. */
    public List<VerificationLogEntry> history(long agencyId, int page, int size) {
        return log.forAgency(agencyId, Paging.offset(page, size), size);
    }

    public long count(long agencyId) {
        return log.countForAgency(agencyId);
    }

    /** The agencies that have verified a certificate. */
    public List<Long> agenciesThatVerified(long certificateId) {
        return log.agenciesThatVerified(certificateId);
    }
}
