package org.mhfa.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.junit.jupiter.api.Test;
import org.mhfa.testing.TestUsers;

/** The platform's own service account can read and manage the realm through the Keycloak admin client. */
@QuarkusTest
class PlatformServiceAccountTest {

    @Inject
    Keycloak keycloak;

    @Test
    void theServiceAccountFindsPeopleAndClientsInTheRealm() {
        TestUsers.TestUser person = TestUsers.create("Mira", "Okafor");
        List<UserRepresentation> found = keycloak.realm("mhfa").users().searchByUsername(person.username(), true);
        assertEquals(1, found.size());
        assertEquals("Okafor", found.get(0).getLastName());
        assertTrue(keycloak.realm("mhfa").clients().findByClientId("mhfa-web").size() == 1);
    }
}
