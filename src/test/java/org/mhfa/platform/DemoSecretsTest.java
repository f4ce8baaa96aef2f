package org.mhfa.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoSecretsTest {

    private static Map<String, String> shipped() {
        Map<String, String> settings = new HashMap<>();
        settings.put("quarkus.oidc.credentials.secret", "mhfa-web-demo-secret");
        settings.put("quarkus.keycloak.admin-client.client-secret", "mhfa-platform-demo-secret");
        settings.put("mhfa.certificate.holder-name-pepper", "demo-holder-name-pepper-change-me");
        return settings;
    }

    @Test
    void theShippedSettingsNameEveryDemoSecretAndTheSigningKey() {
        List<String> problems = DemoSecrets.stillInUse(shipped());
        assertEquals(4, problems.size(), problems.toString());
        for (String setting : List.of("quarkus.oidc.credentials.secret", "quarkus.keycloak.admin-client.client-secret",
                "mhfa.certificate.holder-name-pepper", "mhfa.certificate.signing.keystore")) {
            assertTrue(problems.stream().anyMatch(problem -> problem.startsWith(setting + " ")), setting + " in " + problems);
        }
    }

    @Test
    void ownSecretsAndAKeystoreLeaveNothingToComplainAbout() {
        Map<String, String> settings = new HashMap<>(Map.of(
                "quarkus.oidc.credentials.secret", "s3cr3t-of-our-own",
                "quarkus.keycloak.admin-client.client-secret", "an0ther-one",
                "mhfa.certificate.holder-name-pepper", "a-long-random-pepper-of-our-own",
                "mhfa.certificate.signing.keystore", "/run/secrets/signing.p12"));
        assertEquals(List.of(), DemoSecrets.stillInUse(settings));
        settings.put("mhfa.certificate.holder-name-pepper", "demo-holder-name-pepper-change-me");
        assertEquals(1, DemoSecrets.stillInUse(settings).size());
    }

    @Test
    void onlyTheEmbeddedDatabaseWithTheBundledKeycloakIsTheDemo() {
        assertTrue(DemoSecrets.isDemo(settings("h2", "true")));
        assertFalse(DemoSecrets.isDemo(settings("postgresql", "true")), "own database");
        assertFalse(DemoSecrets.isDemo(settings("h2", "false")), "own identity provider");
        assertFalse(DemoSecrets.isDemo(settings("postgresql", "false")));
    }

    private static java.util.function.Function<String, Optional<String>> settings(String dbKind, String launch) {
        Map<String, String> settings = Map.of("quarkus.datasource.db-kind", dbKind, "mhfa.identity.launch.enabled", launch);
        return name -> Optional.ofNullable(settings.get(name));
    }
}
