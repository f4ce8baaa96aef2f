package org.mhfa.verification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The rate limit of public verification per client address (IPv4 /24, IPv6 /48), shared by all instances: counted in
 * memory and synchronised with the other instances through the database every {@code sync-interval}, or counted in the
 * database on every request when that is zero.
 */
@ApplicationScoped
public class VerificationRateLimit {

    private static final Logger LOG = Logger.getLogger(VerificationRateLimit.class);
    private static final String UNKNOWN_ADDRESS = "unknown";

    private final VerificationConfig.RateLimit config;
    private final SharedRateLimit counters;
    private final BufferedRateLimit buffered;
    private ScheduledExecutorService synchroniser;

    VerificationRateLimit(AgroalDataSource dataSource, VerificationConfig config) {
        this.config = config.rateLimit();
        this.counters = new SharedRateLimit(dataSource, this.config.requests(), this.config.window(), Clock.systemUTC());
        this.buffered = this.config.syncInterval().isZero() ? null : new BufferedRateLimit(counters);
    }

    void start(@Observes StartupEvent event) {
        if (buffered == null || !config.enabled()) {
            return;
        }
        synchroniser = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rate-limit-sync");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.syncInterval().toMillis();
        synchroniser.scheduleWithFixedDelay(this::syncQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (synchroniser != null) {
            synchroniser.shutdown();
            syncQuietly();
        }
    }

    private void syncQuietly() {
        try {
            buffered.sync();
        } catch (RuntimeException e) {
            LOG.warn("Rate-limit counts not shared yet; trying again: " + e.getMessage());
        }
    }

    /**
     * Counts a verification request from a client's network.
     *
     * @throws TooManyVerificationsException when the network is over the limit in the current window
     */
    public void check(ClientNetwork network) {
        if (!config.enabled()) {
            return;
        }
        SharedRateLimit.Decision decision;
        try {
            String bucket = network.truncatedAddress().orElse(UNKNOWN_ADDRESS);
            decision = buffered != null ? buffered.acquire(bucket) : counters.acquire(bucket);
        } catch (IllegalStateException e) {
            LOG.warn("Rate limit not applied: " + e.getMessage(), e.getCause());
            return;
        }
        if (!decision.allowed()) {
            throw new TooManyVerificationsException(decision.retryAfterSeconds());
        }
    }

    @Scheduled(cron = "{mhfa.verification.rate-limit.cleanup-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteEndedWindows() {
        int deleted = counters.deleteEndedWindows();
        LOG.debugf("Deleted %d ended rate-limit windows", deleted);
    }
}
