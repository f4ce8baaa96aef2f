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
    private final PlatformConfig platform;
    private final Clock clock = Clock.systemUTC();

    CertificateService(CertificatePdfRenderer renderer, PlatformConfig platform) {
        this.renderer = renderer;
        this.platform = platform;
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
        return CertificateStatus.of(certificate, LocalDate.now(clock));
    }

    public String verificationUrl(Certificate certificate) {
        return platform.publicBaseUrl().replaceAll("/+$", "") + "/verify/" + certificate.code;
    }

    public byte[] pdf(Certificate certificate) {
        return renderer.render(new CertificateDocument(certificate.holderName, certificate.courseTitle,
                certificate.courseVersion, certificate.issuedOn, certificate.expiresOn, certificate.displayCode(),
                verificationUrl(certificate), platform.organisationName()));
    }
}
