package org.mhfa.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.mhfa.identity.Learner;
import org.mhfa.privacy.Erasure;
import org.mhfa.privacy.PersonalDataHolder;
import org.mhfa.privacy.ErasureService;
import org.mhfa.privacy.KeptCertificates;
import org.mhfa.enrolment.KeptEnrolments;

/**
 * Certificates and the reminders sent about them. On erasure each certificate stays in the register so that it still
 * verifies (code, course, dates, status), with the holder's name replaced by the erasure notice and kept only as a digest;
 * the reminder records go. Where the person, as an instructor, revoked certificates, their name there becomes the pseudonym;
 * where they were named as the instructor on others' certificates, that line is left out from then on.
 */
@ApplicationScoped
public class CertificatePersonalData implements PersonalDataHolder, KeptCertificates, KeptEnrolments {

    /** A certificate in the export; who revoked it is left out (that is someone else's name). */
    public record CertificateData(long id, String code, String displayCode, String courseId, String courseTitle,
            String courseVersion, String holderName, CertificateStatus status, LocalDate issuedOn, LocalDate expiresOn,
            Instant issuedAt, Instant revokedAt, String revocationReason, String supersededBy, String renewalOf,
            List<ReminderData> remindersSent) {
    }

    /** A reminder e-mail sent, in the export. */
    public record ReminderData(long id, int daysBefore, Instant sentAt) {
    }

    private final EntityManager entityManager;
    private final CertificateService certificates;
    private final Event<CertificateRecordChanged> recordChanges;

    CertificatePersonalData(EntityManager entityManager, CertificateService certificates, Event<CertificateRecordChanged> recordChanges) {
        this.entityManager = entityManager;
        this.certificates = certificates;
        this.recordChanges = recordChanges;
    }

    @Override
    public String section() {
        return "certificates";
    }

    @Override
    public Set<String> tables() {
        return Set.of("certificate", "certificate_reminder");
    }

    @Override
    public List<ErasureService.KeptCertificate> certificatesKept(Learner learner) {
        return Certificate.listFor(learner).stream()
                .map(certificate -> new ErasureService.KeptCertificate(certificate.displayCode(), certificate.courseTitle,
                        certificate.expiresOn))
                .toList();
    }

    @Override
    public Set<Long> keptEnrolmentIds(Learner learner) {
        return Certificate.listFor(learner).stream().filter(certificate -> certificate.enrolment != null)
                .map(certificate -> certificate.enrolment.id).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public Object export(Learner learner) {
        return Certificate.listFor(learner).stream().map(c -> new CertificateData(c.id, c.code, c.displayCode(), c.courseId,
                c.courseTitle, c.courseVersion, c.holderName, certificates.status(c), c.issuedOn, c.expiresOn, c.issuedAt,
                c.revokedAt, c.revocationReason, c.supersededBy, c.renewalOf, reminders(c))).toList();
    }

    private List<ReminderData> reminders(Certificate certificate) {
        return entityManager.createQuery("select r from CertificateReminder r where r.certificate = :certificate order by r.sentAt, r.id",
                        CertificateReminder.class)
                .setParameter("certificate", certificate).getResultStream()
                .map(r -> new ReminderData(r.id, r.daysBefore, r.sentAt)).toList();
    }

    @Override
    public void erase(Erasure erasure) {
        entityManager.createQuery("delete from CertificateReminder r where r.certificate in "
                        + "(select c from Certificate c where c.learner = :learner)")
                .setParameter("learner", erasure.learner()).executeUpdate();
        for (Certificate certificate : Certificate.listFor(erasure.learner())) {
            certificate.eraseHolderName();
            certificate.revocationReason = erasure.scrub(certificate.revocationReason);
            recordChanges.fire(new CertificateRecordChanged(certificate.code));
        }
        entityManager.createQuery("update Certificate c set c.revokedBy = :pseudonym where c.revokedBy = :name")
                .setParameter("pseudonym", erasure.pseudonym()).setParameter("name", erasure.formerName()).executeUpdate();
        entityManager.createQuery("update Certificate c set c.instructorName = null where c.instructorName = :name")
                .setParameter("name", erasure.formerName()).executeUpdate();
    }
}
