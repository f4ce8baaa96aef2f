package org.mhfa.partner;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** An agency's own verification history, from the verification log. */
@ApplicationScoped
public class PartnerHistory {

    /** One verification the agency made: when, which code (canonical, or null for malformed input) and the result. */
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
    }

    public HistoryPage page(PartnerAgency agency, int page, int size) {
        int boundedPage = Math.max(0, page);
        int boundedSize = Math.max(1, Math.min(200, size));
        return new HistoryPage(boundedPage, boundedSize, 0, List.of());
    }
}
