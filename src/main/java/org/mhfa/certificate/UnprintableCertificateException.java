package org.mhfa.certificate;

/** The certificate cannot be laid out as a PDF, for example because the holder's name uses a script the font lacks. */
public class UnprintableCertificateException extends RuntimeException {

    public UnprintableCertificateException(String message) {
        super(message);
    }
}
