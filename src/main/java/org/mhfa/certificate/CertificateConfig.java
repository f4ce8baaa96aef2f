package org.mhfa.certificate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of certificates. */
@ConfigMapping(prefix = "mhfa.certificate")
public interface CertificateConfig {

    /** How many days before expiry a certificate is shown as "expiring soon". */
    @WithDefault("90")
    int expiringSoonDays();

    /**
     * The secret mixed into the digest of an erased holder's name (with a random salt per certificate), kept outside the
     * database so that a copy of the database alone cannot be searched for names.
     */
    String holderNamePepper();

    /** The key certificates are signed with. */
    Signing signing();

    /** The paper size of certificate PDFs, both landscape. */
    @WithDefault("A4")
    PageSize pageSize();

    /** A PNG or JPEG file with the organisation's logo; the bundled logo when not set. */
    java.util.Optional<String> logo();

    /** Paper sizes a certificate can be laid out on. */
    enum PageSize {
        /** ISO A4, 297 × 210 mm landscape. */
        A4,
        /** US Letter, 11 × 8.5 in landscape. */
        LETTER
    }

    /** E-mail reminders before a certificate expires. */
    Reminders reminders();

    /** When reminders are sent. */
    interface Reminders {

        /** Days before expiry at which a reminder goes out, e.g. 90, 30 and 7. */
        @WithDefault("90,30,7")
        java.util.List<Integer> daysBefore();

        /** When the reminder job runs (Quartz-style cron, or "off"). */
        @WithDefault("0 0 7 * * ?")
        String cron();
    }

    /** Where the signing key comes from: a PKCS#12 keystore, or else a development key generated at first start. */
    interface Signing {

        /** A PKCS#12 keystore with the signing key and its certificate chain. */
        java.util.Optional<String> keystore();

        java.util.Optional<String> password();

        /** The key entry to use; the first one when not set. */
        java.util.Optional<String> alias();

        /** Where the development key is kept when no keystore is configured. */
        @WithDefault("data/development-signing-key.p12")
        String developmentKey();
    }
}
