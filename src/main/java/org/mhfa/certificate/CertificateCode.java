package org.mhfa.certificate;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate codes: 125 random bits from a secure source in Crockford base32 (25 symbols) plus Crockford's
 * mod-37 check symbol, shown in groups of five. Input is accepted in any case, with or without separators,
 * and with the letters Crockford treats as look-alikes (O for 0, I and L for 1). The 25 data symbols alone are accepted
 * too (the form in downloaded file names, whose check symbol may be one a file name cannot hold): all the code's
 * randomness is in them, so a mistyped form finds no certificate, like any unknown code.
 */
public final class CertificateCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String CHECK_SYMBOLS = ALPHABET + "*~$=U";
    private static final int DATA_LENGTH = 25;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {
    }

    /** A new random code in canonical form. */
    public static String generate() {
        StringBuilder code = new StringBuilder(DATA_LENGTH + 1);
        for (int i = 0; i < DATA_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return code.append(checkSymbol(code)).toString();
    }

    /** The canonical form of what a person typed, or empty when it is not a well-formed code. */
    public static Optional<String> normalise(String input) {
        if (input == null || input.length() > 64) {
            return Optional.empty();
        }
        if (!input.chars().allMatch(c -> c < 128 || c == '\u00A0')) {
            return Optional.empty();
        }
        StringBuilder canonical = new StringBuilder(DATA_LENGTH + 1);
        for (char c : input.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ', '\u00A0', '\t' -> {
                }
                case 'O' -> canonical.append('0');
                case 'I', 'L' -> canonical.append('1');
                default -> canonical.append(c);
            }
        }
        if (canonical.length() != DATA_LENGTH && canonical.length() != DATA_LENGTH + 1) {
            return Optional.empty();
        }
        CharSequence data = canonical.subSequence(0, DATA_LENGTH);
        for (int i = 0; i < DATA_LENGTH; i++) {
            if (ALPHABET.indexOf(data.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        if (canonical.length() == DATA_LENGTH) {
            return Optional.of(canonical.append(checkSymbol(data)).toString());
        }
        return canonical.charAt(DATA_LENGTH) == checkSymbol(data) ? Optional.of(canonical.toString()) : Optional.empty();
    }

    /** The canonical code grouped for people: {@code XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-C}. */
    public static String display(String canonical) {
        StringBuilder display = new StringBuilder();
        for (int i = 0; i < canonical.length(); i += 5) {
            if (i > 0) {
                display.append('-');
            }
            display.append(canonical, i, Math.min(canonical.length(), i + 5));
        }
        return display.toString();
    }

    private static char checkSymbol(CharSequence data) {
        BigInteger value = BigInteger.ZERO;
        BigInteger base = BigInteger.valueOf(32);
        for (int i = 0; i < data.length(); i++) {
            value = value.multiply(base).add(BigInteger.valueOf(ALPHABET.indexOf(data.charAt(i))));
        }
        return CHECK_SYMBOLS.charAt(value.mod(BigInteger.valueOf(37)).intValue());
    }
}
