package org.mhfa.partner;

import io.quarkus.arc.Arc;
import java.util.HashMap;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;

/** Shortens the access-token lifespan of one agency client, so a test can watch its token expire. */
final class ShortTokens {

    private ShortTokens() {
    }

    static void setLifespan(String clientId, int seconds) {
        Keycloak keycloak = Arc.container().instance(Keycloak.class).get();
        ClientRepresentation representation = keycloak.realm("mhfa").clients().findByClientId(clientId).get(0);
        ClientResource client = keycloak.realm("mhfa").clients().get(representation.getId());
        var attributes = new HashMap<>(representation.getAttributes() == null ? java.util.Map.<String, String>of() : representation.getAttributes());
        attributes.put("access.token.lifespan", Integer.toString(seconds));
        representation.setAttributes(attributes);
        client.update(representation);
    }
}
