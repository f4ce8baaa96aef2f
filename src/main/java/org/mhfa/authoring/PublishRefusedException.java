package org.mhfa.authoring;

import java.util.List;

/** Publishing refused because the draft does not pass the checks: every error, with its file, line and column. */
public class PublishRefusedException extends RuntimeException {

    private final List<Finding> findings;

    public PublishRefusedException(List<Finding> findings) {
        super("The draft has " + findings.size() + " error(s); fix them before publishing.");
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
