package org.mhfa.verification;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Settings of public verification: how the holder's name is shown, the rate limit per client address, the cache and the
 * limits on checking uploaded certificate files.
 */
@ConfigMapping(prefix = "mhfa.verification")
public interface VerificationConfig {

    /** How much of the holder's name public verification shows. */
    @WithDefault("FIRST_NAME_AND_INITIAL")
    HolderNameForm holderName();

    /** Requests per client address (IPv4 /24, IPv6 /48) on /verify and /api/verifications, shared by all instances. */
    RateLimit rateLimit();

    /** Recently verified certificates held in memory. */
    Cache cache();

    /** What checking one uploaded certificate PDF may cost, and how many are checked at once. */
    Upload upload();

    /** How much of the holder's name is shown. */
    enum HolderNameForm {
        /** The name as on the certificate: "Ana María Martínez". */
        FULL,
        /** The first name and the initial of the last: "Ana M.". */
        FIRST_NAME_AND_INITIAL
    }

    /** A fixed-window counter per client address bucket, shared through the database. */
    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** Requests allowed per window. */
        @WithDefault("30")
        int requests();

        /** The window length, e.g. PT1M or 60s. */
        @WithDefault("PT1M")
        Duration window();

        /**
         * How often the counts made in memory are added to the shared counters (and the other instances' counts read
         * back); zero counts every request in the database as it comes.
         */
        @WithDefault("PT0.2S")
        Duration syncInterval();

        /** How often old windows are deleted (Quartz-style cron, or "off"). */
        @WithDefault("0 */10 * * * ?")
        String cleanupCron();
    }

    /**
     * The public records of recently verified certificates, held in memory and dropped as soon as the registry changes
     * one (PostgreSQL only: it tells every instance; on H2 nothing is cached).
     */
    interface Cache {

        @WithDefault("true")
        boolean enabled();

        /** How many certificates at most (about 1 KB each). */
        @WithDefault("100000")
        long maximumSize();

        /** How long a record is kept at most, as a safety net behind the change notifications. */
        @WithDefault("PT10M")
        Duration expireAfterWrite();
    }

    /**
     * Limits on the public file check, which anyone may use without signing in. A certificate we issue has about 40 objects
     * and 15 streams that unpack to about 300 KB in all; the defaults leave ample room above that and refuse files that
     * unpack far beyond it (413) or are far more complex (422). When all places are taken, an upload waits briefly, then
     * is refused with 503 and Retry-After.
     */
    interface Upload {

        /** The most any one stream of the file (page content, font, image, attachment) may unpack to. */
        @WithDefault("8M")
        MemorySize maxStreamSize();

        /** The most all the streams read from one file may unpack to together. */
        @WithDefault("32M")
        MemorySize maxTotalSize();

        /** The most objects read from one file. */
        @WithDefault("5000")
        int maxObjects();

        /** The most streams read from one file. */
        @WithDefault("500")
        int maxStreams();

        /** The longest one check may take. */
        @WithDefault("PT5S")
        Duration maxTime();

        /** How many uploads are checked at the same time. */
        @WithDefault("2")
        int concurrent();

        /** How long an upload waits for a place before it is refused. */
        @WithDefault("PT1S")
        Duration queueWait();
    }
}
