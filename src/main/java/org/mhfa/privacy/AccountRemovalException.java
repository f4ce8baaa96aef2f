package org.mhfa.privacy;

/** The identity provider did not delete the account, so the erasure was rolled back and can be asked for again. */
public class AccountRemovalException extends RuntimeException {

    public AccountRemovalException(Throwable cause) {
        super("The sign-in account could not be deleted", cause);
    }
}
