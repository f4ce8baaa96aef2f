package org.mhfa.platform;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is looking at a page, for the page layout: {@code {inject:viewer.signedIn}} and so on. */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;

    Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String name = token.getClaim("name");
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return isSignedIn() ? identity.getPrincipal().getName() : "";
    }

    public boolean isInstructor() {
        return identity.hasRole(Roles.INSTRUCTOR) || identity.hasRole(Roles.ADMIN);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** Someone of a partner agency, who sees the agency's verification history. */
    public boolean isPartner() {
        return identity.hasRole(Roles.PARTNER);
    }
}
