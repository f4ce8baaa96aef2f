package org.mhfa.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Trainee accounts in Keycloak, through the platform's service account: find one by e-mail, or create one with a
 * temporary password that must be changed at the first sign-in.
 */
@ApplicationScoped
public class TraineeAccounts {

    /** A Keycloak account; {@code id} is the subject of the person's tokens. */
    public record Account(String id, String email, String displayName, boolean awaitingFirstSignIn) {
    }

    private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    private static final char[] PASSWORD_SYMBOLS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final Keycloak keycloak;
    private final String realm;
    private final SecureRandom random = new SecureRandom();

    TraineeAccounts(Keycloak keycloak, @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /** The account with exactly this e-mail address, if there is one. */
    public Optional<Account> findByEmail(String email) {
        return call(() -> users().searchByEmail(email, true).stream()
                .filter(user -> email.equalsIgnoreCase(user.getEmail()))
                .findFirst()
                .map(TraineeAccounts::account));
    }

    /**
     * Creates an enabled account for the address (the address is also the user name), with a temporary password that
     * Keycloak makes the person replace at their first sign-in. Returns the account and the temporary password.
     */
    public Created create(String email) {
        String password = temporaryPassword();
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEnabled(true);
        // only the holder of this address receives the temporary password, so signing in with it proves the address
        user.setEmailVerified(true);
        user.setRequiredActions(List.of(UPDATE_PASSWORD));
        user.setCredentials(List.of(temporary(password)));
        return call(() -> {
            try (Response response = users().create(user)) {
                if (response.getStatus() == 409 || response.getStatus() == 400) {
                    // one wording for both: saying "a user name like this exists" would tell who has an account
                    throw new AccountRefusedException("The sign-in service did not accept this address.");
                }
                String id = CreatedResponseUtil.getCreatedId(response);
                return new Created(new Account(id, email, email, true), password);
            }
        });
    }

    /** Gives an account that has never been signed into a fresh temporary password (for a repeated invitation). */
    public String resetTemporaryPassword(String accountId) {
        String password = temporaryPassword();
        call(() -> {
            users().get(accountId).resetPassword(temporary(password));
            return null;
        });
        return password;
    }

    /**
     * Deletes the account (for an erasure): true when it was deleted, false when it was already gone. Any other answer
     * of Keycloak is an {@link IdentityProviderUnavailableException}.
     */
    public boolean delete(String accountId) {
        int status = call(() -> {
            try (Response response = users().delete(accountId)) {
                return response.getStatus();
            }
        });
        if (status == 204 || status == 200) {
            return true;
        }
        if (status == 404) {
            return false;
        }
        throw new IdentityProviderUnavailableException(new IllegalStateException("Keycloak answered " + status + " to deleting the account"));
    }

    /** A new account and the temporary password to send to its holder. */
    public record Created(Account account, String temporaryPassword) {
    }

    /** Keycloak refused to create the account for this address (the reason is said to the instructor). */
    public static class AccountRefusedException extends RuntimeException {
        AccountRefusedException(String reason) {
            super(reason);
        }
    }

    private UsersResource users() {
        return keycloak.realm(realm).users();
    }

    private static Account account(UserRepresentation user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        boolean awaiting = user.getRequiredActions() != null && user.getRequiredActions().contains(UPDATE_PASSWORD);
        return new Account(user.getId(), user.getEmail(), name.isEmpty() ? user.getEmail() : name, awaiting);
    }

    private static CredentialRepresentation temporary(String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        return credential;
    }

    private String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(PASSWORD_SYMBOLS[random.nextInt(PASSWORD_SYMBOLS.length)]);
        }
        return password.toString();
    }

    private static <T> T call(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (ProcessingException | WebApplicationException e) {
            throw new IdentityProviderUnavailableException(e);
        }
    }
}
