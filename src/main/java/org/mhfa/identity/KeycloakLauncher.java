package org.mhfa.identity;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Starts Keycloak with the demo realm when the platform starts, and stops it when the platform stops. */
@ApplicationScoped
public class KeycloakLauncher {

    private static final Logger LOG = Logger.getLogger(KeycloakLauncher.class);

    private final IdentityLaunchConfig config;
    private KeycloakProcess keycloak;

    private final int httpPort;

    KeycloakLauncher(IdentityLaunchConfig config, @ConfigProperty(name = "quarkus.http.port") int httpPort) {
        this.config = config;
        this.httpPort = httpPort;
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
                connectTenants();
            } catch (RuntimeException e) {
                LOG.error("Keycloak did not start", e);
            }
        }, "keycloak-wait");
        waiter.setDaemon(true);
        waiter.start();
    }

    /** The OIDC tenants connect lazily when Keycloak starts after the platform: one request to each connects them now. */
    private void connectTenants() {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] {"/signin", "/api/me/enrolments"}) {
            try {
                client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                LOG.debugf("Could not reach %s: %s", path, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
