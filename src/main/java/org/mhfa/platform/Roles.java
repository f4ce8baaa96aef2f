package org.mhfa.platform;

/** The realm roles the platform knows; every signed-in person is at least a trainee. */
public final class Roles {

    public static final String TRAINEE = "trainee";
    public static final String INSTRUCTOR = "instructor";
    public static final String PARTNER = "partner";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
