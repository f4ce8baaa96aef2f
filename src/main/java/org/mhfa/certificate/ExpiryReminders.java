package org.mhfa.certificate;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;
import org.mhfa.platform.PlatformConfig;

/**
 * Sends the holders of current certificates a reminder at each configured number of days before expiry, with the way
 * to renew. Each reminder is claimed in the database before it is sent, so it goes out once even with several instances.
 */
@ApplicationScoped
public class ExpiryReminders {

    private static final Logger LOG = Logger.getLogger(ExpiryReminders.class);

    private final Mailer mailer;
    private final CertificateService certificates;
    private final CertificateConfig config;
    private final PlatformConfig platform;

    ExpiryReminders(Mailer mailer, CertificateService certificates, CertificateConfig config, PlatformConfig platform) {
        this.mailer = mailer;
        this.certificates = certificates;
        this.config = config;
        this.platform = platform;
    }

    @Scheduled(cron = "{mhfa.certificate.reminders.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sendDue(LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * Sends every reminder that is due on the given day and not sent yet; returns how many were sent. A certificate gets
     * the reminder of the offset its remaining days fall under (with 90, 30 and 7: more than 30 days left, the 90-day one).
     */
    public int sendDue(LocalDate today) {
        int sent = 0;
        List<Integer> offsets = config.reminders().daysBefore().stream().distinct().sorted(java.util.Comparator.reverseOrder()).toList();
        for (int i = 0; i < offsets.size(); i++) {
            int daysBefore = offsets.get(i);
            int nextSmaller = i + 1 < offsets.size() ? offsets.get(i + 1) : -1;
            List<Long> due = QuarkusTransaction.requiringNew().call(() -> Certificate.<Certificate>list(
                    "revokedAt is null and supersededBy is null and learner.erasedAt is null and expiresOn > ?1 and expiresOn <= ?2 and id not in "
                            + "(select r.certificate.id from CertificateReminder r where r.daysBefore = ?3)",
                    today.plusDays(nextSmaller), today.plusDays(daysBefore), daysBefore).stream().map(certificate -> certificate.id).toList());
            for (Long id : due) {
                if (claim(id, daysBefore)) {
                    send(id, daysBefore);
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean claim(Long certificateId, int daysBefore) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                CertificateReminder reminder = new CertificateReminder();
                reminder.certificate = Certificate.findById(certificateId);
                reminder.daysBefore = daysBefore;
                reminder.sentAt = Instant.now();
                reminder.persistAndFlush();
            });
            return true;
        } catch (PersistenceException e) {
            LOG.debugf("Reminder %d days before for certificate %d was claimed by another instance", daysBefore, certificateId);
            return false;
        }
    }

    private void send(Long certificateId, int daysBefore) {
        QuarkusTransaction.requiringNew().run(() -> {
            Certificate certificate = Certificate.findById(certificateId);
            if (certificate.learner.email == null) {
                return;
            }
            String base = platform.publicBaseUrl().replaceAll("/+$", "");
            String renewal = certificates.renewalCourse(certificate)
                    .map(course -> "You can renew it now with the refresher course: " + base + "/courses/" + course.id() + "\n\n")
                    .orElse("Renewal through the refresher course opens closer to the expiry date: see " + base + "/me\n\n");
            mailer.send(Mail.withText(certificate.learner.email,
                    "Your " + certificate.courseTitle + " certificate expires on " + certificate.expiresOn,
                    "Dear " + certificate.holderName + ",\n\n"
                            + "your " + certificate.courseTitle + " certificate (" + certificate.displayCode() + ") expires on "
                            + certificate.expiresOn + ", in " + daysBefore + " days or less.\n\n" + renewal
                            + "Thank you for being someone others can turn to.\n" + platform.organisationName() + "\n"));
        });
    }
}
