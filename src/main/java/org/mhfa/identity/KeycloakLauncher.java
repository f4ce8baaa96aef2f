package org.mhfa.identity;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/** Starts Keycloak with the demo realm when the platform starts, and stops it when the platform stops. */
@ApplicationScoped
public class KeycloakLauncher {

    private static final Logger LOG = Logger.getLogger(KeycloakLauncher.class);

    private final IdentityLaunchConfig config;
    private KeycloakProcess keycloak;

    KeycloakLauncher(IdentityLaunchConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        LOG.infof("Starting Keycloak from %s on port %d (realm %s)", config.home(), config.port(), config.realmFile());
        keycloak = KeycloakProcess.start(Path.of(config.home()), config.port(), config.managementPort(), Path.of(config.realmFile()), config.database());
        Thread waiter = new Thread(() -> {
            try {
                keycloak.awaitRealm("mhfa");
                LOG.infof("Keycloak is ready at %s", keycloak.realmUrl("mhfa"));
            } catch (RuntimeException e) {
                LOG.error("Keycloak did not start", e);
            }
        }, "keycloak-wait");
        waiter.setDaemon(true);
        waiter.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
