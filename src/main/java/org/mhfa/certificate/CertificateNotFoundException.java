package org.mhfa.certificate;

/** No certificate with that code is visible to the caller. */
public class CertificateNotFoundException extends RuntimeException {

    public CertificateNotFoundException() {
        super("No certificate with this code was found. Check the code and try again.");
    }
}
