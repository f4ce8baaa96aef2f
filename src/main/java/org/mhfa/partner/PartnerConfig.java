package org.mhfa.partner;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the partner-agency API and its webhooks. */
@ConfigMapping(prefix = "mhfa.partner")
public interface PartnerConfig {

    /** The most codes or roster rows one verification request may carry. */
    @WithDefault("1000")
    int maxEntriesPerRequest();

    Webhooks webhooks();

    /** How deliveries are sent and retried. */
    interface Webhooks {

        /** How often the sender looks for due deliveries. */
        @WithDefault("10s")
        String pollEvery();

        /** The wait before the first retry; it doubles with each further attempt. */
        @WithDefault("PT30S")
        Duration firstRetry();

        /** The longest wait between two attempts. */
        @WithDefault("PT6H")
        Duration maxRetry();

        /** Attempts before a delivery is given up. */
        @WithDefault("10")
        int maxAttempts();

        /** How long one attempt may take. */
        @WithDefault("PT10S")
        Duration timeout();

        /** Whether http://localhost URLs are accepted (development and tests); otherwise only https. */
        @WithDefault("false")
        boolean allowHttpLocalhost();

        /** When expired certificates are announced (Quartz-style cron, or "off"). */
        @WithDefault("0 20 * * * ?")
        String expirySweepCron();
    }
}
