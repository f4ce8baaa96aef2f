package org.mhfa.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.mhfa.certificate.CertificateService;
import org.mhfa.content.ContentRepository;
import org.mhfa.identity.Learner;

/** Gathers a trainee's enrolments with their progress, and their certificates. */
@ApplicationScoped
public class MyLearning {

    private final ContentRepository content;
    private final ProgressService progress;
    private final CertificateService certificates;

    MyLearning(ContentRepository content, ProgressService progress, CertificateService certificates) {
        this.content = content;
        this.progress = progress;
        this.certificates = certificates;
    }

    @Transactional
    public List<CourseProgress> courses(Learner learner) {
        return Enrolment.listFor(learner).stream()
                .map(enrolment -> content.course(enrolment.courseId).map(course -> progress.progress(learner, course)))
                .flatMap(Optional::stream)
                .toList();
    }

    @Transactional
    public List<CertificateSummary> certificates(Learner learner) {
        return certificates.certificatesOf(learner).stream()
                .map(certificate -> new CertificateSummary(certificate.code, certificate.displayCode(), certificate.courseId,
                        certificate.courseTitle, certificate.holderName, certificate.issuedOn, certificate.expiresOn,
                        certificates.status(certificate).label(), "/certificates/" + certificate.code + ".pdf",
                        certificates.verificationUrl(certificate),
                        certificates.renewalCourse(certificate).map(course -> "/courses/" + course.id()).orElse(null)))
                .toList();
    }
}
