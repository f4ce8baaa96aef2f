package org.mhfa.certificate;

/** The two bundled fonts, parsed once per process on first use. */
final class CertificateFonts {

    static final CertificateFontFace REGULAR = CertificateFontFace.load("/fonts/DejaVuSans.ttf");
    static final CertificateFontFace BOLD = CertificateFontFace.load("/fonts/DejaVuSans-Bold.ttf");

    private CertificateFonts() {
    }

    /** Loads this class, and so parses the fonts, now. */
    static void parsed() {
        // the static initialiser has run by the time this returns
    }
}
