package org.mhfa.identity;

/** Keycloak already has a client with this client id. */
public class ClientExistsException extends RuntimeException {

    public ClientExistsException(String clientId) {
        super("A client named " + clientId + " already exists in Keycloak.");
    }
}
