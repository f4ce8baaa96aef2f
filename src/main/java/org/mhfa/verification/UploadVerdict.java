package org.mhfa.verification;

/** What an uploaded certificate PDF turned out to be. */
public enum UploadVerdict {
    /** Signed by us, unchanged, matching the registry, and the certificate is current. */
    GENUINE_CURRENT,
    /** Signed by us and unchanged, but the registry says it is expired, revoked or superseded. */
    GENUINE_NOT_CURRENT,
    /** Claims to be one of ours, but the signature is broken or missing, or its content differs from the registry. */
    TAMPERED,
    /** Not a certificate we issued. */
    NOT_OURS
}
