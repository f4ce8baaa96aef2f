package org.mhfa.verification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/** The rate limit of public verification per client address (IPv4 /24, IPv6 /48), shared by all instances. */
@ApplicationScoped
public class VerificationRateLimit {

    private static final Logger LOG = Logger.getLogger(VerificationRateLimit.class);
    private static final String UNKNOWN_ADDRESS = "unknown";

    private final VerificationConfig.RateLimit config;
    private final SharedRateLimit counters;

    VerificationRateLimit(AgroalDataSource dataSource, VerificationConfig config) {
        this.config = config.rateLimit();
        this.counters = new SharedRateLimit(dataSource, this.config.requests(), this.config.window(), Clock.systemUTC());
    }

    /**
     * Counts a verification request from a client address.
     *
     * @throws TooManyVerificationsException when the address's network is over the limit in the current window
     */
    public void check(String clientAddress) {
        if (!config.enabled()) {
            return;
        }
        SharedRateLimit.Decision decision;
        try {
            decision = counters.acquire(ClientAddresses.truncate(clientAddress).orElse(UNKNOWN_ADDRESS));
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
