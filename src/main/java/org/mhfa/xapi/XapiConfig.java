package org.mhfa.xapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Settings of learning records: forwarding xAPI statements to an outside learning record store (LRS). */
@ConfigMapping(prefix = "mhfa.xapi")
public interface XapiConfig {

    /** The learning record store statements are forwarded to. */
    Lrs lrs();

    /** Where and how statements are forwarded. */
    interface Lrs {

        /** Queue every new statement for the store and forward the queue; off by default. */
        @WithDefault("false")
        boolean enabled();

        /** The store's xAPI endpoint; statements are POSTed to {@code <url>/statements}. */
        Optional<URI> url();

        /** HTTP Basic credentials of the store, when it needs them. */
        Optional<String> username();

        Optional<String> password();

        /** Statements per POST. */
        @WithDefault("100")
        int batchSize();

        /** How often the forwarding job runs ("5s", "1m"; "off" stops the job, e.g. in tests). */
        @WithDefault("5s")
        String every();

        /** The wait after a first failure; it doubles with each further failure of the same statements. */
        @WithDefault("5s")
        Duration initialBackoff();

        /** The longest wait between two tries. */
        @WithDefault("10m")
        Duration maxBackoff();

        /** How long one POST may take before it counts as failed. */
        @WithDefault("10s")
        Duration timeout();
    }
}
