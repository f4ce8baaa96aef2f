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

    /** Crisis lines shown in every page footer. */
    List<CrisisLine> crisisLines();

    /** A crisis line for one region. */
    interface CrisisLine {
        String region();

        String contact();
    }
}
