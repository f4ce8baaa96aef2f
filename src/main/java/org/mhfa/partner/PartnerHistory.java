package org.mhfa.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.platform.Paging;

/** An agency's own verification history, from the verification log; never another agency's. */
@ApplicationScoped
public class PartnerHistory {

    /** One verification the agency made: when, which code (null for malformed input) and the result. */
    public record HistoryEntry(Instant verifiedAt, String code, String result) {
    }

    /** One page of the history, newest first. */
    public record HistoryPage(int page, int size, long total, List<HistoryEntry> entries) {

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public int nextPage() {
            return page + 1;
        }

        public int previousPage() {
            return page - 1;
        }
    }

    private final PartnerAuditTrail audit;

    PartnerHistory(PartnerAuditTrail audit) {
        this.audit = audit;
    }

    @Transactional
    public HistoryPage page(PartnerAgency agency, int page, int size) {
        int boundedPage = Math.min(Math.max(0, page), Paging.MAX_PAGE);
        int boundedSize = Math.max(1, Math.min(200, size));
        List<HistoryEntry> entries = audit.history(agency.id, boundedPage, boundedSize).stream()
                .map(entry -> new HistoryEntry(entry.verifiedAt, entry.code == null ? null : CertificateCode.display(entry.code),
                        entry.result.toLowerCase(Locale.ROOT)))
                .toList();
        return new HistoryPage(boundedPage, boundedSize, audit.count(agency.id), entries);
    }
}
