package org.mhfa.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The secrets that ship with the demo, and which of them a configuration still uses. Outside the demo (the embedded
 * database with the bundled Keycloak) the platform refuses to start while any is left, naming the setting to provide.
 */
public final class DemoSecrets {

    /** A setting whose shipped value is a demo secret, and what to put there instead. */
    record DemoValue(String setting, String demoValue, String instead) {
    }

    static final List<DemoValue> VALUES = List.of(
            new DemoValue("quarkus.oidc.credentials.secret", "mhfa-web-demo-secret",
                    "the secret of the platform's OIDC client (mhfa-web) in your Keycloak realm"),
            new DemoValue("quarkus.keycloak.admin-client.client-secret", "mhfa-platform-demo-secret",
                    "the secret of the platform's service-account client (mhfa-platform) in your Keycloak realm"),
            new DemoValue("mhfa.certificate.holder-name-pepper", "demo-holder-name-pepper-change-me",
                    "a long random secret of your own, never changed afterwards"));

    /** Where no keystore is set, a development key is generated: fine for a demo, not for certificates anyone relies on. */
    static final String SIGNING_KEYSTORE = "mhfa.certificate.signing.keystore";

    private DemoSecrets() {
    }

    /** Whether this is the demo run: the embedded H2 database together with the Keycloak the platform starts itself. */
    public static boolean isDemo(Function<String, Optional<String>> config) {
        return config.apply("quarkus.datasource.db-kind").map("h2"::equalsIgnoreCase).orElse(false)
                && config.apply("mhfa.identity.launch.enabled").map(Boolean::parseBoolean).orElse(false);
    }

    /** One line per demo secret still in use: the setting to provide and what it should hold. */
    public static List<String> stillInUse(Function<String, Optional<String>> config) {
        List<String> problems = new ArrayList<>();
        for (DemoValue value : VALUES) {
            if (config.apply(value.setting()).map(value.demoValue()::equals).orElse(false)) {
                problems.add(value.setting() + " still holds the demo value: set it to " + value.instead());
            }
        }
        if (config.apply(SIGNING_KEYSTORE).filter(path -> !path.isBlank()).isEmpty()) {
            problems.add(SIGNING_KEYSTORE + " is not set, so certificates would be signed with a generated development key: "
                    + "set it to a PKCS#12 keystore with your signing key and its chain (and …keystore-password)");
        }
        return problems;
    }

    /** The same check against a fixed set of settings, for tests and tools. */
    public static List<String> stillInUse(Map<String, String> settings) {
        return stillInUse(name -> Optional.ofNullable(settings.get(name)));
    }
}
