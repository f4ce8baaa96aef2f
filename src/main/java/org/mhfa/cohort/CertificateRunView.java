package org.mhfa.cohort;

import java.time.Instant;
import java.util.List;

/** A bulk certificate run as the API shows it: counters, where to fetch the ZIP, and one line per member. */
public record CertificateRunView(Long id, Long cohortId, String state, int total, int processed, int issued, int skipped,
        int failed, int percent, Instant startedAt, Instant finishedAt, String zipUrl, List<Item> items) {

    /** What the run did for one member. */
    public record Item(String holderName, String outcome, String message, String certificateCode) {
    }

    public static CertificateRunView of(CertificateRun run, List<CertificateRunItem> items) {
        String zip = run.running() ? null
                : "/api/instructor/cohorts/" + run.cohort.id + "/certificate-runs/" + run.id + "/certificates.zip";
        return new CertificateRunView(run.id, run.cohort.id, run.state.name(), run.total, run.processed, run.issued,
                run.skipped, run.failed, run.percent(), run.startedAt, run.finishedAt, zip,
                items.stream().map(item -> new Item(item.holderName, item.outcome.name(), item.message, item.displayCode())).toList());
    }
}
