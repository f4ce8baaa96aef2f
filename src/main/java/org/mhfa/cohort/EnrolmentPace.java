package org.mhfa.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keeps the time an enrolment request takes from telling whether an address had an account: the request's answer
 * comes no sooner than {@code mhfa.cohort.invitation-pace} per invitation it sent, which is longer than Keycloak takes
 * to create an account (password hashing included). Callers run the enrolment through it, outside its transaction.
 */
@ApplicationScoped
public class EnrolmentPace {

    /** Waits; a seam for tests. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Duration pace;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;

    @Inject
    EnrolmentPace(CohortConfig config) {
        this(config.invitationPace(), System::nanoTime, duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000));
    }

    EnrolmentPace(Duration pace, LongSupplier nanoTime, Sleeper sleeper) {
        this.pace = pace;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /** Runs the enrolment and answers once at least the pace times the number of invitations sent has passed. */
    public EnrolmentReport paced(Supplier<EnrolmentReport> enrolment) {
        long start = nanoTime.getAsLong();
        EnrolmentReport report = enrolment.get();
        Duration left = pace.multipliedBy(report.invited().size()).minusNanos(nanoTime.getAsLong() - start);
        if (!left.isNegative() && !left.isZero()) {
            try {
                sleeper.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return report;
    }
}
