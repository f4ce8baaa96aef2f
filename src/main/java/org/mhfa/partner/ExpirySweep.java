package org.mhfa.partner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.mhfa.certificate.CertificateStatus;
import org.mhfa.certificate.CertificateStatusChanged;

/**
 * Announces, once per certificate, that a certificate some agency has verified has expired: the announcement is
 * claimed by inserting the certificate's code (its primary key), so several instances announce it once.
 */
@ApplicationScoped
public class ExpirySweep {

    private final EntityManager entities;
    private final WebhookOutbox outbox;

    ExpirySweep(EntityManager entities, WebhookOutbox outbox) {
        this.entities = entities;
        this.outbox = outbox;
    }

    @Scheduled(cron = "{mhfa.partner.webhooks.expiry-sweep-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sweep(LocalDate.now(ZoneOffset.UTC));
    }

    /** Announces every certificate that expired before the given day and is not announced yet; returns how many. */
    @SuppressWarnings("unchecked")
    public int sweep(LocalDate today) {
        List<Object[]> expired = QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery(
                "select c.code, c.expires_on from certificate c where c.expires_on < ?1 and c.revoked_at is null "
                        + "and c.superseded_by is null "
                        + "and exists (select 1 from verification_log l where l.certificate_id = c.id and l.agency_id is not null) "
                        + "and not exists (select 1 from certificate_expiry_event e where e.certificate_code = c.code)")
                .setParameter(1, today).getResultList());
        int announced = 0;
        for (Object[] row : expired) {
            String code = (String) row[0];
            LocalDate expiresOn = row[1] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[1];
            boolean claimed;
            try {
                claimed = QuarkusTransaction.requiringNew().call(() -> {
                int inserted = entities.createNativeQuery("insert into certificate_expiry_event (certificate_code, announced_at) "
                        + "select ?1, ?2 where not exists (select 1 from certificate_expiry_event where certificate_code = ?1)")
                        .setParameter(1, code).setParameter(2, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
                if (inserted == 1) {
                    outbox.enqueue(new CertificateStatusChanged(code, CertificateStatus.EXPIRED,
                            expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
                }
                return inserted == 1;
                });
            } catch (jakarta.persistence.PersistenceException e) {
                claimed = false;
            }
            if (claimed) {
                announced++;
            }
        }
        return announced;
    }
}
