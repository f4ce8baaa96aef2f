package org.mhfa.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.mhfa.enrolment.Enrolment;
import org.mhfa.identity.Learner;
import org.mhfa.progress.CertificateSummary;
import org.mhfa.progress.IssuedCertificates;

/** A learner's certificates as progress and My learning show them. */
@ApplicationScoped
public class LearnerCertificates implements IssuedCertificates {

    private final CertificateService certificates;

    LearnerCertificates(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public Optional<String> codeOf(Enrolment enrolment) {
        return Certificate.findByEnrolment(enrolment).map(certificate -> certificate.code);
    }

    @Override
    @Transactional
    public List<CertificateSummary> heldBy(Learner learner) {
        return certificates.certificatesOf(learner).stream()
                .map(certificate -> new CertificateSummary(certificate.code, certificate.displayCode(), certificate.courseId,
                        certificate.courseTitle, certificate.holderName, certificate.issuedOn, certificate.expiresOn,
                        certificates.status(certificate).label(), "/certificates/" + certificate.code + ".pdf",
                        certificates.verificationUrl(certificate),
                        certificates.renewalCourse(certificate).map(course -> "/courses/" + course.id()).orElse(null)))
                .toList();
    }
}
