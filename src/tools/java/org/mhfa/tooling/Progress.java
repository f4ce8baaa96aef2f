package org.mhfa.tooling;

import java.io.PrintStream;

/** A text progress bar for long command-line runs: bar, count, percentage and elapsed time on one rewritten line. */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String what;
    private final long total;
    private final long started = System.nanoTime();

    Progress(PrintStream out, String what, long total) {
        this.out = out;
        this.what = what;
        this.total = Math.max(1, total);
    }

    void show(long done) {
        int filled = (int) (WIDTH * Math.min(done, total) / total);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        out.printf("\r%-12s [%s%s] %,d/%,d %3d%% %ds", what, "#".repeat(filled), ".".repeat(WIDTH - filled), done, total,
                100 * Math.min(done, total) / total, seconds);
        out.flush();
    }
}
