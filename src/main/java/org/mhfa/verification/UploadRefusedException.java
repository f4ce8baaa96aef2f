package org.mhfa.verification;

/**
 * An uploaded PDF was not checked because reading it would cost more than a certificate ever does, or it cannot be read
 * safely. Unchecked on purpose: PDFBox swallows the {@code IOException}s thrown while it resolves objects.
 */
public class UploadRefusedException extends RuntimeException {

    /** Why the file was refused. */
    public enum Reason {
        /** Its streams unpack to more than the limits allow. */
        TOO_LARGE,
        /** It has far more objects or streams than a certificate, or reading it took too long. */
        TOO_COMPLEX,
        /** It is encrypted, so its contents cannot be measured before they are read. */
        ENCRYPTED,
        /** A stream cannot be decoded (an unknown filter or corrupt data). */
        UNREADABLE
    }

    private final Reason reason;

    public UploadRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
