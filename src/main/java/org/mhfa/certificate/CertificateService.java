package org.mhfa.certificate;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.identity.Learner;
import org.mhfa.enrolment.Enrolment;
import org.mhfa.enrolment.Renewal;
import org.mhfa.enrolment.RenewalCheck;
import org.mhfa.progress.CourseCompleted;

/** Issues certificates for completed enrolments, finds them for their holders and renders their PDFs. */
@ApplicationScoped
public class CertificateService implements RenewalCheck {

    private final CertificateAssembly assembly;
    private final ContentRepository content;
    private final CertificateConfig config;
    private final Clock clock = Clock.systemUTC();
    private final java.security.SecureRandom random = new java.security.SecureRandom();
    private final jakarta.enterprise.event.Event<CertificateStatusChanged> statusChanges;
    private final jakarta.enterprise.inject.Instance<InstructorOfRecord> instructors;
    private final jakarta.enterprise.inject.Instance<CertificateOversight> oversight;

    CertificateService(CertificateAssembly assembly, ContentRepository content, CertificateConfig config,
            jakarta.enterprise.event.Event<CertificateStatusChanged> statusChanges,
            jakarta.enterprise.inject.Instance<InstructorOfRecord> instructors,
            jakarta.enterprise.inject.Instance<CertificateOversight> oversight) {
        this.instructors = instructors;
        this.oversight = oversight;
        this.assembly = assembly;
        this.content = content;
        this.config = config;
        this.statusChanges = statusChanges;
    }

    /** Issues the certificate when a course is completed, in the completing transaction, after the other observers. */
    void courseCompleted(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) CourseCompleted completed) {
        issue(completed.enrolment(), completed.course());
    }

    /**
     * Issues the certificate of a completed enrolment, at most one per completion (the caller holds the enrolment lock).
     * Completing a refresher course issues a renewal of the course it renews, but only while a certificate of that
     * course is inside its renewal window; otherwise nothing is issued.
     */
    @Transactional
    public Optional<Certificate> issue(Enrolment enrolment, Course course) {
        return issue(enrolment, course, instructors.isResolvable() ? instructors.get().instructorFor(enrolment).orElse(null) : null);
    }

    /**
     * Issues the certificate of a completed enrolment as {@link #issue(Enrolment, Course)} does, naming the instructor
     * who led the course on it (for blended courses with an instructor-led session; null or blank: no instructor).
     */
    @Transactional
    public Optional<Certificate> issue(Enrolment enrolment, Course course, String instructorName) {
        Optional<Certificate> existing = Certificate.findByEnrolment(enrolment);
        if (existing.isPresent()) {
            return existing;
        }
        Course certified = course;
        Certificate renewed = null;
        if (course.isRefresher()) {
            Optional<Course> original = content.course(course.renews());
            Optional<Certificate> renewable = original.flatMap(o -> renewable(enrolment.learner, o));
            if (renewable.isEmpty()) {
                return Optional.empty();
            }
            certified = original.get();
            renewed = renewable.get();
        }
        Certificate certificate = new Certificate();
        certificate.code = CertificateCode.generate();
        certificate.learner = enrolment.learner;
        certificate.enrolment = enrolment;
        certificate.courseId = certified.id();
        certificate.courseTitle = certified.title();
        certificate.courseVersion = course.version();
        certificate.holderName = enrolment.learner.displayName;
        certificate.issuedAt = Instant.now(clock);
        certificate.issuedOn = LocalDate.now(clock);
        certificate.expiresOn = certificate.issuedOn.plusMonths(certified.validityMonths());
        certificate.renewalOf = renewed == null ? null : renewed.code;
        certificate.statusIndex = nextStatusIndex();
        List<String> competencies = CourseCompetencies.labels(certified);
        certificate.competencies = competencies.isEmpty() ? null : String.join("\n", competencies);
        certificate.instructorName = instructorName == null || instructorName.isBlank() ? null : instructorName.strip();
        certificate.persist();
        return Optional.of(certificate);
    }

    /** The learner's certificate of a course that can be renewed today: current or recently expired, inside its window. */
    @Transactional
    public Optional<Certificate> renewable(Learner learner, Course original) {
        LocalDate today = LocalDate.now(clock);
        return Certificate.listFor(learner, original.id()).stream()
                .filter(certificate -> certificate.revokedAt == null && certificate.supersededBy == null)
                .filter(certificate -> original.renewalWindow().contains(certificate.expiresOn, today))
                .findFirst();
    }

    /** Where the learner stands with renewing through a refresher course. */
    @Override
    @Transactional
    public Renewal renewal(Learner learner, Course refresher) {
        Course original = content.course(refresher.renews()).orElse(null);
        if (original == null) {
            return new Renewal(refresher.renews(), refresher.renews(), null, null, null, null, false);
        }
        Optional<Certificate> renewable = renewable(learner, original);
        Certificate latest = renewable.orElseGet(() -> Certificate.listFor(learner, original.id()).stream()
                .filter(certificate -> certificate.revokedAt == null && certificate.supersededBy == null).findFirst().orElse(null));
        if (latest == null) {
            return new Renewal(original.id(), original.title(), null, null, null, null, false);
        }
        Course.RenewalWindow window = original.renewalWindow();
        return new Renewal(original.id(), original.title(), latest.code, latest.expiresOn, window.opens(latest.expiresOn),
                window.closes(latest.expiresOn), renewable.isPresent());
    }

    /** The refresher course that renews a certificate's course, when the certificate is inside its renewal window today. */
    public Optional<Course> renewalCourse(Certificate certificate) {
        LocalDate today = LocalDate.now(clock);
        return content.course(certificate.courseId)
                .filter(original -> certificate.revokedAt == null && certificate.supersededBy == null)
                .filter(original -> original.renewalWindow().contains(certificate.expiresOn, today))
                .flatMap(original -> content.courses().stream().filter(course -> original.id().equals(course.renews())).findFirst());
    }

    /**
     * A free place in the revocation status list, chosen at random (as the Bitstring Status List recommends, so that
     * indices do not reveal the order of issue); the unique index on the column settles any race.
     */
    private int nextStatusIndex() {
        long issued = Certificate.count();
        int size = (int) Math.max(StatusList.MIN_SIZE, Math.min(Integer.MAX_VALUE / 2, issued * 4));
        for (int attempt = 0; attempt < 32; attempt++) {
            int candidate = random.nextInt(size);
            if (Certificate.count("statusIndex", candidate) == 0) {
                return candidate;
            }
        }
        return ((Number) Certificate.getEntityManager()
                .createNativeQuery("select nextval('certificate_status_index_seq')").getSingleResult()).intValue() + size;
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

    /** Today's status of a certificate known by its facts (for a record held outside the session, such as a cache). */
    public CertificateStatus status(boolean revoked, boolean superseded, LocalDate expiresOn) {
        return CertificateStatus.of(revoked, superseded, expiresOn, LocalDate.now(clock), config.expiringSoonDays());
    }

    /**
     * A certificate by code (any accepted spelling) that the caller may administer: any for an administrator; for an
     * instructor only one of a trainee who joined a cohort they lead of the course the certificate was earned in. Any
     * other certificate is {@link CertificateNotFoundException}, exactly like an unknown code, so codes cannot be probed.
     */
    @Transactional
    public Certificate administered(String code, CertificateAdministrator by) {
        Certificate certificate = CertificateCode.normalise(code).flatMap(Certificate::findByCode)
                .orElseThrow(CertificateNotFoundException::new);
        if (!by.admin() && !oversees(by.person(), certificate)) {
            throw new CertificateNotFoundException();
        }
        return certificate;
    }

    private boolean oversees(Learner instructor, Certificate certificate) {
        // the enrolment's course is the one the cohort ran (for a renewal: the refresher, not the course it renews)
        return oversight.isResolvable() && oversight.get().mayActFor(instructor, certificate.enrolment);
    }

    /**
     * Revokes a certificate the caller may administer; the record stays and verification says "revoked". Revoking twice
     * changes nothing.
     */
    @Transactional
    public Certificate revoke(String code, String reason, CertificateAdministrator by) {
        Certificate certificate = administered(code, by);
        if (certificate.revokedAt == null) {
            certificate.revokedAt = Instant.now(clock);
            certificate.revocationReason = reason;
            certificate.revokedBy = by.person().displayName;
            statusChanges.fire(new CertificateStatusChanged(certificate.code, CertificateStatus.REVOKED, certificate.revokedAt));
        }
        return certificate;
    }

    /**
     * Re-issues a certificate the caller may administer under a new code with a corrected holder name, keeping its
     * course and dates; the old one is marked as superseded by the new one. Revoked and superseded certificates cannot
     * be re-issued.
     */
    @Transactional
    public Certificate reissue(String code, String holderName, CertificateAdministrator by) {
        Certificate old = administered(code, by);
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
        fresh.renewalOf = old.renewalOf;
        fresh.statusIndex = nextStatusIndex();
        fresh.competencies = old.competencies;
        fresh.instructorName = old.instructorName;
        fresh.persist();
        old.supersededBy = fresh.code;
        statusChanges.fire(new CertificateStatusChanged(old.code, CertificateStatus.SUPERSEDED, fresh.issuedAt));
        return fresh;
    }

    public String verificationUrl(Certificate certificate) {
        return assembly.verificationUrl(certificate);
    }

    /** The certificate as a signed PDF (PAdES, detached CMS) with its Open Badges credential embedded. */
    public byte[] pdf(Certificate certificate) {
        try {
            return assembly.signedPdf(certificate, content.course(certificate.courseId).map(Course::summary).orElse(null));
        } catch (IllegalArgumentException e) {
            throw new UnprintableCertificateException(e.getMessage() + ". The certificate itself is valid and can be verified "
                    + "with its code; an instructor can re-issue it with a spelling of the name the certificate can print.");
        }
    }
}
