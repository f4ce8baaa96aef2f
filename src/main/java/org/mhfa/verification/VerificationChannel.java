package org.mhfa.verification;

/** How a verification reached the registry. */
public enum VerificationChannel {
    /** The public page /verify, by code, QR code or uploaded PDF. */
    PUBLIC_PAGE,
    /** The public JSON API /api/verifications. */
    PUBLIC_API,
    /** A partner agency's authenticated API. */
    PARTNER;

    /** True for the channels anyone may use without signing in; only these record a (truncated) client address. */
    public boolean isPublic() {
        return this != PARTNER;
    }
}
