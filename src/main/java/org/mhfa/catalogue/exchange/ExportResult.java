package org.mhfa.catalogue.exchange;

import java.util.List;

/** Exported text, and a finding (at its line in that text) for each part written only as a comment. */
public record ExportResult(String text, List<Finding> findings) {

    public ExportResult {
        findings = List.copyOf(findings);
    }
}
