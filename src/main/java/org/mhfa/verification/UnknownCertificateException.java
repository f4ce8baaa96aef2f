package org.mhfa.verification;

/**
 * No certificate has the code asked about on the public API (unknown and malformed codes alike). Thrown on a public
 * path that anyone may hit often, so it carries no stack trace.
 */
public class UnknownCertificateException extends RuntimeException {

    public UnknownCertificateException() {
        super("No certificate with this code", null, false, false);
    }
}
