package org.senrules.examples.cli;

import java.io.PrintStream;

/**
 * A progress bar on stderr, drawn only once the work has taken more than a second, so quick
 * runs and scripted runs stay quiet.
 */
final class Progress {
    private static final long QUIET_MILLIS = 1000;
    private final PrintStream err;
    private long total;
    private final long start = System.nanoTime();
    private long done;
    private boolean drawn;

    Progress(PrintStream err, long total) {
        this.err = err;
        this.total = Math.max(1, total);
    }

    /** A bar that never draws. */
    static Progress silent() {
        return new Progress(null, 1);
    }

    /** Sets the total when it is known only as the work goes on, such as a cohort being read. */
    synchronized void total(long n) {
        total = Math.max(1, n);
    }

    synchronized void advance(long n, String label) {
        done += n;
        if (err == null || (System.nanoTime() - start) / 1_000_000 < QUIET_MILLIS) {
            return;
        }
        int width = 30;
        int filled = (int) Math.min(width, done * width / total);
        err.printf("\r[%s%s] %3d%%  %,d/%,d decisions  %-24s", "#".repeat(filled), " ".repeat(width - filled),
                Math.min(100, done * 100 / total), done, total, label);
        err.flush();
        drawn = true;
    }

    synchronized void finish() {
        if (drawn) {
            err.printf("%n");
            drawn = false;
        }
    }
}
