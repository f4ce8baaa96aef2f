package org.mhfa.verification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of public verification: how the holder's name is shown and the rate limit per client address. */
@ConfigMapping(prefix = "mhfa.verification")
public interface VerificationConfig {

    /** How much of the holder's name public verification shows. */
    @WithDefault("FIRST_NAME_AND_INITIAL")
    HolderNameForm holderName();

    /** Requests per client address (IPv4 /24, IPv6 /48) on /verify and /api/verifications, shared by all instances. */
    RateLimit rateLimit();

    /** How much of the holder's name is shown. */
    enum HolderNameForm {
        /** The name as on the certificate: "Ana María Martínez". */
        FULL,
        /** The first name and the initial of the last: "Ana M.". */
        FIRST_NAME_AND_INITIAL
    }

    /** A fixed-window counter per client address bucket, kept in the database. */
    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** Requests allowed per window. */
        @WithDefault("30")
        int requests();

        /** The window length, e.g. PT1M or 60s. */
        @WithDefault("PT1M")
        Duration window();

        /** How often old windows are deleted (Quartz-style cron, or "off"). */
        @WithDefault("0 */10 * * * ?")
        String cleanupCron();
    }
}
