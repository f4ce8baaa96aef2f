package org.mhfa.platform;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Refuses to start outside the demo while a demo secret is still configured, and says which settings to provide;
 * {@code mhfa.allow-demo-secrets=true} lets a throw-away installation (a benchmark, the compose file) start anyway.
 */
@ApplicationScoped
public class DemoSecretsGuard {

    private static final Logger LOG = Logger.getLogger(DemoSecretsGuard.class);

    void check(@Observes @Priority(1) StartupEvent event, Config config, PlatformConfig platform) {
        List<String> problems = DemoSecrets.stillInUse(name -> config.getOptionalValue(name, String.class));
        if (problems.isEmpty() || DemoSecrets.isDemo(name -> config.getOptionalValue(name, String.class))) {
            return;
        }
        String list = String.join("\n  - ", problems);
        if (platform.allowDemoSecrets()) {
            LOG.warnf("Running with demo secrets (mhfa.allow-demo-secrets=true); never do this with real people's data:\n  - %s", list);
            return;
        }
        throw new ConfigurationException("This installation is not the demo (it has its own database or identity provider) "
                + "but still uses demo secrets. Provide:\n  - " + list
                + "\n(Each setting can also be given as an environment variable, e.g. QUARKUS_OIDC_CREDENTIALS_SECRET.)");
    }
}
