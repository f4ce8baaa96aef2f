package org.mhfa.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether and how the platform starts its own Keycloak as a child process (the demo run). */
@ConfigMapping(prefix = "mhfa.identity.launch")
public interface IdentityLaunchConfig {

    @WithDefault("false")
    boolean enabled();

    String home();

    @WithDefault("8180")
    int port();

    /** Keycloak's management interface (health, metrics). */
    @WithDefault("9180")
    int managementPort();

    String realmFile();

    /** {@code dev-file} keeps accounts between runs; {@code dev-mem} starts from the realm file each time. */
    @WithDefault("dev-file")
    String database();
}
