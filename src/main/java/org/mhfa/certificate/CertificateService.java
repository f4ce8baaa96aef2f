package org.mhfa.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mhfa.course.Course;
import org.mhfa.identity.Learner;
import org.mhfa.progress.Enrolment;
import org.mhfa.web.PlatformConfig;

/** Issues certificates for completed enrolments, finds them for their holders and renders their PDFs. */
@ApplicationScoped
public class CertificateService {

    private final CertificatePdfRenderer renderer;
    private final PdfSigner signer;
    private final PlatformConfig platform;
    private final CertificateConfig config;
    private final Clock clock = Clock.systemUTC();

    CertificateService(CertificatePdfRenderer renderer, PdfSigner signer, PlatformConfig platform, CertificateConfig config) {
        this.renderer = renderer;
        this.signer = signer;
        this.platform = platform;
        this.config = config;
    }

    /** Issues the certificate of a completed enrolment; at most one per enrolment (a unique key enforces it). */
    @Transactional
    public Certificate issue(Enrolment enrolment, Course course) {
        return Certificate.findByEnrolment(enrolment).orElseGet(() -> {
            Certificate certificate = new Certificate();
            certificate.code = CertificateCode.generate();
            certificate.learner = enrolment.learner;
            certificate.enrolment = enrolment;
            certificate.courseId = course.id();
            certificate.courseTitle = course.title();
            certificate.courseVersion = course.version();
            certificate.holderName = enrolment.learner.displayName;
            certificate.issuedAt = Instant.now(clock);
            certificate.issuedOn = LocalDate.now(clock);
            certificate.expiresOn = certificate.issuedOn.plusMonths(course.validityMonths());
            certificate.persist();
            return certificate;
        });
    }

    @Transactional
    public List<Certificate> certificatesOf(Learner learner) {
        return Certificate.listFor(learner);
    }

    /** The holder's own certificate by code (any accepted spelling); anyone else's is not found. */
    @Transactional
    public Certificate ownCertificate(Learner learner, String code) {
        return CertificateCode.normalise(code)
                .flatMap(Certificate::findByCode)
                .filter(certificate -> certificate.learner.id.equals(learner.id))
                .orElseThrow(CertificateNotFoundException::new);
    }

    public CertificateStatus status(Certificate certificate) {
        return CertificateStatus.of(certificate, LocalDate.now(clock), config.expiringSoonDays());
    }

    /** Any certificate by code, for instructors and administrators. */
    @Transactional
    public Certificate byCode(String code) {
        return CertificateCode.normalise(code).flatMap(Certificate::findByCode).orElseThrow(CertificateNotFoundException::new);
    }

    /** Revokes a certificate; the record stays and verification says "revoked". Revoking twice changes nothing. */
    @Transactional
    public Certificate revoke(String code, String reason, String revokedBy) {
        Certificate certificate = byCode(code);
        if (certificate.revokedAt == null) {
            certificate.revokedAt = Instant.now(clock);
            certificate.revocationReason = reason;
            certificate.revokedBy = revokedBy;
        }
        return certificate;
    }

    /**
     * Re-issues a certificate under a new code with a corrected holder name, keeping its course and dates; the old one
     * is marked as superseded by the new one. Revoked and superseded certificates cannot be re-issued.
     */
    @Transactional
    public Certificate reissue(String code, String holderName) {
        Certificate old = byCode(code);
        if (old.revokedAt != null || old.supersededBy != null) {
            throw new CertificateStateException("Only a current certificate can be re-issued; this one is "
                    + status(old).label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        Certificate fresh = new Certificate();
        fresh.code = CertificateCode.generate();
        fresh.learner = old.learner;
        fresh.enrolment = old.enrolment;
        fresh.courseId = old.courseId;
        fresh.courseTitle = old.courseTitle;
        fresh.courseVersion = old.courseVersion;
        fresh.holderName = holderName;
        fresh.issuedAt = Instant.now(clock);
        fresh.issuedOn = old.issuedOn;
        fresh.expiresOn = old.expiresOn;
        fresh.persist();
        old.supersededBy = fresh.code;
        return fresh;
    }

    public String verificationUrl(Certificate certificate) {
        return platform.publicBaseUrl().replaceAll("/+$", "") + "/verify/" + certificate.code;
    }

    /** The certificate as a signed PDF (PAdES, detached CMS). */
    public byte[] pdf(Certificate certificate) {
        return signer.sign(renderer.render(new CertificateDocument(certificate.holderName, certificate.courseTitle,
                certificate.courseVersion, certificate.issuedOn, certificate.expiresOn, certificate.displayCode(),
                verificationUrl(certificate), platform.organisationName())));
    }
}
