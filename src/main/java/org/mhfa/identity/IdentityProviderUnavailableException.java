package org.mhfa.identity;

/** Keycloak could not be asked about or given an account, so trainees could not be enrolled by e-mail. */
public class IdentityProviderUnavailableException extends RuntimeException {

    public IdentityProviderUnavailableException(Throwable cause) {
        super("The sign-in service could not be reached to look up or create accounts. Nobody was enrolled; please try again shortly.", cause);
    }
}
