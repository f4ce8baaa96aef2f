package org.mhfa.partner;

import java.util.Arrays;
import org.mhfa.identity.AgencyClients;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What an agency may be allowed to do: verify codes and rosters, and subscribe to status webhooks. */
public enum PartnerScope {
    VERIFY("verify", "Verify certificates and rosters, read its verification history"),
    WEBHOOKS("webhooks", "Subscribe to status webhooks for certificates it has verified");

    /** The access-token claim that carries an agency's scopes, space-separated. */
    public static final String CLAIM = AgencyClients.SCOPES_CLAIM;

    private final String value;
    private final String description;

    PartnerScope(String value, String description) {
        this.value = value;
        this.description = description;
    }

    public String value() {
        return value;
    }

    public String description() {
        return description;
    }

    public static Optional<PartnerScope> of(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value == null ? null : value.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(PartnerScope::value).toList();
    }
}
