package org.mhfa.partner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The agency behind the current request. An agency's client-credentials token names its client in {@code azp} (and
 * {@code client_id}); a person's token is matched through their membership of an agency.
 */
@RequestScoped
public class PartnerCaller {

    private final SecurityIdentity identity;
    private PartnerAgency agency;

    PartnerCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The calling agency, if its token (client or member) carries the scope; otherwise a 403. */
    public PartnerAgency require(PartnerScope scope) {
        PartnerAgency caller = agency();
        if (!caller.allows(scope.value()) || !tokenScopes().contains(scope.value())) {
            throw new PartnerAccessException("This agency's token does not carry the scope '" + scope.value() + "'.");
        }
        return caller;
    }

    /** The agency of a signed-in person on the pages (membership), with the scope allowed to the agency. */
    public PartnerAgency requireMember(PartnerScope scope) {
        PartnerAgency caller = agency();
        if (!caller.allows(scope.value())) {
            throw new PartnerAccessException("This agency is not allowed the scope '" + scope.value() + "'.");
        }
        return caller;
    }

    private PartnerAgency agency() {
        if (agency == null) {
            if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
                throw new PartnerAccessException("Only a partner agency's token may do this.");
            }
            agency = QuarkusTransaction.joiningExisting().call(() -> byClient(token)
                    .or(() -> token.getSubject() == null ? java.util.Optional.empty()
                            : PartnerAgency.<PartnerAgency>find("id in (select m.agency.id from PartnerMember m where m.userId = ?1)",
                                    token.getSubject()).firstResultOptional())
                    .orElseThrow(() -> new PartnerAccessException("This token belongs to no registered partner agency.")));
        }
        return agency;
    }

    private static java.util.Optional<PartnerAgency> byClient(JsonWebToken token) {
        String client = token.getClaim("azp");
        if (client == null) {
            client = token.getClaim("client_id");
        }
        return client == null || !client.startsWith("agency-") ? java.util.Optional.empty() : PartnerAgency.findByClientId(client);
    }

    private List<String> tokenScopes() {
        Object claim = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(PartnerScope.CLAIM) : null;
        if (claim != null) {
            String value = claim instanceof jakarta.json.JsonString json ? json.getString() : claim.toString();
            return Arrays.asList(value.split(" "));
        }
        return List.of();
    }
}
