package org.mhfa.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Settings shared by the whole platform: the public address, the organisation, crisis lines. */
@ConfigMapping(prefix = "mhfa")
public interface PlatformConfig {

    /** The address people reach the platform at; used in QR codes and verification links. */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    @WithDefault("Community Mental Health First Aid")
    String organisationName();

    /** Lets an installation that is not the demo start with demo secrets (a benchmark, a trial); never with real data. */
    @WithDefault("false")
    boolean allowDemoSecrets();

    /** Limits of the HTTP layer beyond Quarkus's own. */
    Http http();

    /** Limits of the HTTP layer beyond Quarkus's own. */
    interface Http {

        /**
         * How many bodies of unannounced length (chunked) are read at once, each up to the body limit: this bounds their
         * memory; a further one is refused with 503 and Retry-After.
         */
        @WithDefault("16")
        int concurrentChunkedBodies();
    }

    /** Crisis lines shown in every page footer. */
    List<CrisisLine> crisisLines();

    /** A crisis line for one region. */
    interface CrisisLine {
        String region();

        String contact();
    }
}
