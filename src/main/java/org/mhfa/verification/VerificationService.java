package org.mhfa.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.mhfa.certificate.Certificate;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.certificate.CertificateService;

/** Answers "is this certificate real and current?" from the registry, for anyone. */
@ApplicationScoped
public class VerificationService {

    private final CertificateService certificates;

    VerificationService(CertificateService certificates) {
        this.certificates = certificates;
    }

    /** The registry's record for a code typed in any accepted form; empty for unknown and malformed codes alike. */
    @Transactional
    public Optional<Verification> verify(String code) {
        return CertificateCode.normalise(code).flatMap(Certificate::findByCode).map(this::toVerification);
    }

    private Verification toVerification(Certificate certificate) {
        return new Verification(certificate.displayCode(), certificates.status(certificate), certificate.holderName,
                certificate.courseTitle, certificate.courseVersion, certificate.issuedOn, certificate.expiresOn,
                certificate.revokedAt == null ? null : java.time.LocalDate.ofInstant(certificate.revokedAt, java.time.ZoneOffset.UTC),
                certificate.supersededBy == null ? null : org.mhfa.certificate.CertificateCode.display(certificate.supersededBy));
    }
}
