package org.mhfa.certificate;

/** An action that the certificate's state does not allow, such as re-issuing a revoked certificate. */
public class CertificateStateException extends RuntimeException {

    public CertificateStateException(String message) {
        super(message);
    }
}
