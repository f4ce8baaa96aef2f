package org.mhfa.cohort;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.logging.Logger;
import org.mhfa.certificate.Certificate;
import org.mhfa.certificate.CertificateService;
import org.mhfa.certificate.UnprintableCertificateException;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.identity.Learner;
import org.mhfa.progress.CourseProgress;
import org.mhfa.enrolment.Enrolment;
import org.mhfa.progress.ProgressService;

/**
 * Issues a cohort's certificates in bulk: every member who has joined and completed the course gets their certificate
 * (issued now if it was not yet, exactly once as at any completion), signed and kept for the run's ZIP; the others are
 * listed with what they still miss (invitations not yet accepted are left out). Runs in the background, one member per
 * transaction, counting as it goes for the progress bar.
 */
@ApplicationScoped
public class CertificateRunService {

    private static final Logger LOG = Logger.getLogger(CertificateRunService.class);
    /** A run that has not finished after this long was cut off (a restart); it no longer blocks a new one. */
    private static final Duration STALE_AFTER = Duration.ofMinutes(30);

    private final ProgressService progress;
    private final CertificateService certificates;
    private final ContentRepository content;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "certificate-runs");
        thread.setDaemon(true);
        return thread;
    });

    CertificateRunService(ProgressService progress, CertificateService certificates, ContentRepository content) {
        this.progress = progress;
        this.certificates = certificates;
        this.content = content;
    }

    /** Starts a run for the cohort, or returns the one already running; the work goes on in the background. */
    public CertificateRun start(Long cohortId, Learner startedBy) {
        Started started = QuarkusTransaction.requiringNew().call(() -> runningOrNew(cohortId, startedBy));
        if (started.created()) {
            worker.submit(() -> process(started.run().id));
        }
        return started.run();
    }

    private record Started(CertificateRun run, boolean created) {
    }

    private Started runningOrNew(Long cohortId, Learner startedBy) {
        Cohort cohort = Cohort.findById(cohortId);
        Optional<CertificateRun> running = CertificateRun.<CertificateRun>find(
                "cohort = ?1 and state = ?2 and startedAt > ?3 order by startedAt desc", cohort, CertificateRun.State.RUNNING,
                Instant.now().minus(STALE_AFTER)).firstResultOptional();
        if (running.isPresent()) {
            return new Started(running.get(), false);
        }
        CertificateRun.update("state = ?1 where cohort = ?2 and state = ?3", CertificateRun.State.INTERRUPTED, cohort,
                CertificateRun.State.RUNNING);
        CertificateRun run = new CertificateRun();
        run.cohort = cohort;
        run.startedBy = Learner.findById(startedBy.id);
        run.state = CertificateRun.State.RUNNING;
        run.total = (int) CohortMember.countJoined(cohort);
        run.startedAt = Instant.now();
        run.persist();
        return new Started(run, true);
    }

    void process(Long runId) {
        try {
            List<Long> members = QuarkusTransaction.requiringNew().call(() -> CohortMember.<CohortMember>list(
                    "cohort = ?1 and status = ?2 order by id", CertificateRun.<CertificateRun>findById(runId).cohort,
                    MemberStatus.ACTIVE).stream().map(member -> member.id).toList());
            for (Long memberId : members) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> processMember(runId, memberId));
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Bulk certificate run %d: member %d failed", runId, memberId);
                    QuarkusTransaction.requiringNew().run(() -> record(runId, memberId, CertificateRunItem.Outcome.FAILED,
                            "Could not be issued because of a fault on our side; the details are in the server log.", null, null));
                }
            }
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                CertificateRun run = CertificateRun.findById(runId);
                if (run.state == CertificateRun.State.RUNNING) {
                    run.state = CertificateRun.State.FINISHED;
                }
                run.finishedAt = Instant.now();
            });
        }
    }

    private void processMember(Long runId, Long memberId) {
        CertificateRun run = CertificateRun.findById(runId);
        CohortMember member = CohortMember.findById(memberId);
        Optional<Course> course = content.course(run.cohort.courseId);
        if (course.isEmpty()) {
            record(runId, memberId, CertificateRunItem.Outcome.FAILED, "The course is not served at the moment.", null, null);
            return;
        }
        Optional<Enrolment> enrolment = Enrolment.find(member.learner, course.get().id());
        if (enrolment.isEmpty()) {
            record(runId, memberId, CertificateRunItem.Outcome.NOT_COMPLETE, "Has not started the course yet.", null, null);
            return;
        }
        CourseProgress state = progress.completeIfDone(course.get(), enrolment.get());
        Optional<Certificate> certificate = Certificate.findByEnrolment(enrolment.get());
        if (certificate.isEmpty()) {
            record(runId, memberId, CertificateRunItem.Outcome.NOT_COMPLETE, missing(state), null, null);
            return;
        }
        if (certificate.get().revokedAt != null) {
            record(runId, memberId, CertificateRunItem.Outcome.REVOKED, "The certificate was revoked on "
                    + certificate.get().revokedAt.atOffset(java.time.ZoneOffset.UTC).toLocalDate() + "; it is not included.", certificate.get(), null);
            return;
        }
        try {
            byte[] pdf = certificates.pdf(certificate.get());
            CertificateRunItem.Outcome outcome = certificate.get().issuedAt.isBefore(run.startedAt)
                    ? CertificateRunItem.Outcome.ALREADY_ISSUED : CertificateRunItem.Outcome.ISSUED;
            record(runId, memberId, outcome, null, certificate.get(), pdf);
        } catch (UnprintableCertificateException e) {
            record(runId, memberId, CertificateRunItem.Outcome.FAILED, e.getMessage(), certificate.get(), null);
        }
    }

    private static String missing(CourseProgress state) {
        if (!state.elearningDone()) {
            return "E-learning " + state.percent() + " % done.";
        }
        if (state.awaitingAttendance()) {
            return "E-learning done; waiting for attendance at an instructor-led session.";
        }
        return "Not complete yet.";
    }

    private static void record(Long runId, Long memberId, CertificateRunItem.Outcome outcome, String message,
            Certificate certificate, byte[] pdf) {
        CertificateRun run = CertificateRun.findById(runId);
        CohortMember member = CohortMember.findById(memberId);
        CertificateRunItem item = new CertificateRunItem();
        item.run = run;
        item.learner = member.learner;
        item.holderName = certificate != null ? certificate.holderName : member.learner.displayName;
        item.outcome = outcome;
        item.message = message == null ? null : message.length() > 500 ? message.substring(0, 497) + "..." : message;
        if (certificate != null) {
            item.certificateCode = certificate.code;
            item.fileName = pdf == null ? null : fileName(certificate);
        }
        item.pdf = pdf;
        item.persist();
        run.processed++;
        switch (outcome) {
            case ISSUED, ALREADY_ISSUED -> run.issued++;
            case NOT_COMPLETE, REVOKED -> run.skipped++;
            case FAILED -> run.failed++;
        }
    }

    /** A file name an instructor recognises: the holder's name in plain letters where it has any, then the code. */
    static String fileName(Certificate certificate) {
        String slug = Normalizer.normalize(certificate.holderName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        return (slug.isEmpty() ? "certificate" : slug) + "-" + certificate.code.substring(0, 25) + ".pdf";
    }

    /** The run's items in order, without their PDFs. */
    @Transactional
    public List<CertificateRunItem> items(CertificateRun run) {
        return CertificateRunItem.listFor(run);
    }

    /**
     * Writes the ZIP of the run's PDFs, reading one PDF at a time, on the caller's (worker) thread. A certificate revoked
     * or superseded since the run is left out: only certificates that still vouch for their holder are shipped.
     */
    public void writeZip(Long runId, OutputStream out) throws IOException {
        List<Long> itemIds = QuarkusTransaction.requiringNew().call(() -> CertificateRunItem.<CertificateRunItem>list(
                "run.id = ?1 and pdf is not null and certificateCode in (select c.code from Certificate c "
                        + "where c.revokedAt is null and c.supersededBy is null) order by id", runId)
                .stream().map(item -> item.id).toList());
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Long itemId : itemIds) {
                java.util.Map.Entry<String, byte[]> file = QuarkusTransaction.requiringNew().call(() -> {
                    CertificateRunItem item = CertificateRunItem.findById(itemId);
                    return java.util.Map.entry(item.fileName, item.pdf);
                });
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }
}
