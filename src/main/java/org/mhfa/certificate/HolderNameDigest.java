package org.mhfa.certificate;

import io.quarkus.arc.Arc;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The digest kept of an erased holder's name: HMAC-SHA-256 keyed with the configured pepper over a random per-certificate
 * salt and the normalised name, stored as {@code v1$salt$mac} (base64url). It lets someone who already knows the name
 * confirm it, and tells nothing to someone who does not.
 */
public final class HolderNameDigest {

    /** What the certificate registry shows instead of an erased holder's name. */
    public static final String NAME_REMOVED = "Name removed at the holder's request";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private HolderNameDigest() {
    }

    /** A fresh digest of a name, with a new salt. */
    public static String of(String name) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return "v1$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(mac(salt, name, pepper()));
    }

    /** Whether a name is the one a stored digest was made of. */
    public static boolean matches(String stored, String name) {
        String[] parts = stored.split("\\$");
        if (parts.length != 3 || !parts[0].equals("v1")) {
            return false;
        }
        byte[] salt = DECODER.decode(parts[1]);
        return MessageDigest.isEqual(DECODER.decode(parts[2]), mac(salt, name, pepper()));
    }

    /** A name as compared: accents, case and spacing folded away ("Zoë  Ångström " is "zoe angstrom"). */
    public static String normalise(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
    }

    private static byte[] mac(byte[] salt, String name, String pepper) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(salt);
            return mac.doFinal(normalise(name).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private static String pepper() {
        return Arc.container().instance(CertificateConfig.class).get().holderNamePepper();
    }
}
