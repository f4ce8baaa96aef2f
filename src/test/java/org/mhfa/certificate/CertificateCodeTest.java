package org.mhfa.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Certificate codes: 25 random Crockford base32 symbols plus a mod-37 check symbol. */
class CertificateCodeTest {

    /** Crockford's base32 alphabet: digits and capital letters without I, L, O and U. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String CHECK_SYMBOLS = ALPHABET + "*~$=U";
    private static final Pattern DISPLAY = Pattern.compile("[0-9A-Z]{5}(-[0-9A-Z]{5}){4}-[0-9A-Z*~$=]");

    private static List<String> codes(int count) {
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            codes.add(CertificateCode.generate());
        }
        return codes;
    }

    /** Crockford's check symbol, computed independently of the class under test. */
    private static char expectedCheckSymbol(String data) {
        BigInteger value = BigInteger.ZERO;
        for (char c : data.toCharArray()) {
            value = value.shiftLeft(5).add(BigInteger.valueOf(ALPHABET.indexOf(c)));
        }
        return CHECK_SYMBOLS.charAt(value.mod(BigInteger.valueOf(37)).intValueExact());
    }

    private static void assertRejected(String input) {
        assertEquals(Optional.empty(), CertificateCode.normalise(input), () -> "accepted: " + input);
    }

    private static String withCharAt(String code, int index, char c) {
        return code.substring(0, index) + c + code.substring(index + 1);
    }

    // ---------------------------------------------------------------- generate

    @Test
    void generatedCodesAre26CharactersLong() {
        for (String code : codes(1_000)) {
            assertEquals(26, code.length(), code);
        }
    }

    @Test
    void generatedCodesAreUnique() {
        List<String> codes = codes(10_000);

        assertEquals(10_000, new HashSet<>(codes).size());
    }

    @Test
    void dataPartUsesOnlyTheCrockfordAlphabet() {
        for (String code : codes(10_000)) {
            for (int i = 0; i < 25; i++) {
                assertTrue(ALPHABET.indexOf(code.charAt(i)) >= 0, () -> "illegal data symbol in " + code);
            }
        }
    }

    @Test
    void generatedCodesCarryAtLeast120BitsOfEntropyByConstruction() {
        // 25 independent symbols from a 32-symbol alphabet: 25 * log2(32) = 125 bits
        assertEquals(32, ALPHABET.length());
        assertEquals(32, ALPHABET.chars().distinct().count());
        int bits = 25 * Integer.numberOfTrailingZeros(ALPHABET.length());
        assertTrue(bits >= 120, bits + " bits");

        // and every position really takes every one of the 32 symbols (so no position is fixed or biased to a subset)
        List<Set<Character>> seen = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            seen.add(new HashSet<>());
        }
        for (String code : codes(10_000)) {
            for (int i = 0; i < 25; i++) {
                seen.get(i).add(code.charAt(i));
            }
        }
        for (int i = 0; i < 25; i++) {
            assertEquals(32, seen.get(i).size(), "position " + i + " only used " + seen.get(i));
        }
    }

    @Test
    void checkSymbolIsCrockfordsModulo37() {
        for (String code : codes(2_000)) {
            assertEquals(expectedCheckSymbol(code.substring(0, 25)), code.charAt(25), code);
        }
    }

    @Test
    void generatedCodesAreCanonical() {
        for (String code : codes(2_000)) {
            assertEquals(Optional.of(code), CertificateCode.normalise(code));
        }
    }

    // ---------------------------------------------------------------- normalise

    @Test
    void displayedCodeNormalisesBackToTheCode() {
        for (String code : codes(2_000)) {
            assertEquals(Optional.of(code), CertificateCode.normalise(CertificateCode.display(code)));
        }
    }

    @Test
    void lowerCaseSpacesAndMissingDashesAreAccepted() {
        for (String code : codes(500)) {
            String display = CertificateCode.display(code);
            assertEquals(Optional.of(code), CertificateCode.normalise(code.toLowerCase(Locale.ROOT)));
            assertEquals(Optional.of(code), CertificateCode.normalise(display.toLowerCase(Locale.ROOT)));
            assertEquals(Optional.of(code), CertificateCode.normalise(display.replace('-', ' ')));
            assertEquals(Optional.of(code), CertificateCode.normalise("  " + display.replace("-", " - ") + "\t"));
            assertEquals(Optional.of(code), CertificateCode.normalise(display.replace('-', '\u00A0')));
        }
    }

    @Test
    void separatorBetweenEveryCharacterIsAccepted() {
        String code = CertificateCode.generate();

        assertEquals(Optional.of(code), CertificateCode.normalise(String.join(" ", code.split(""))));
    }

    @Test
    void lookAlikeLettersAreReadAsDigits() {
        int checked = 0;
        for (String code : codes(2_000)) {
            String data = code.substring(0, 25);
            if (data.indexOf('0') < 0 && data.indexOf('1') < 0) {
                continue;
            }
            String typed = data.replace('0', 'O').replace('1', 'I') + code.charAt(25);
            assertEquals(Optional.of(code), CertificateCode.normalise(typed), typed);
            assertEquals(Optional.of(code), CertificateCode.normalise(typed.toLowerCase(Locale.ROOT)), typed);
            assertEquals(Optional.of(code), CertificateCode.normalise(data.replace('1', 'L') + code.charAt(25)));
            assertEquals(Optional.of(code), CertificateCode.normalise(data.replace('1', 'l') + code.charAt(25)));
            checked++;
        }
        assertTrue(checked > 1_000, "too few codes with 0 or 1: " + checked);
    }

    @Test
    void codesEndingInAnExtraCheckSymbolAreAccepted() {
        Set<Character> extra = new HashSet<>();
        for (int i = 0; i < 200_000 && extra.size() < 5; i++) {
            String code = CertificateCode.generate();
            char check = code.charAt(25);
            if (ALPHABET.indexOf(check) < 0) {
                extra.add(check);
                assertEquals(Optional.of(code), CertificateCode.normalise(code));
                assertEquals(Optional.of(code), CertificateCode.normalise(CertificateCode.display(code).toLowerCase(Locale.ROOT)));
            }
        }
        assertEquals(Set.of('*', '~', '$', '=', 'U'), extra);
    }

    @Test
    void everySingleChangedCharacterIsRejected() {
        int rejected = 0;
        for (String code : codes(300)) {
            for (int i = 0; i < 26; i++) {
                String symbols = i < 25 ? ALPHABET : CHECK_SYMBOLS;
                for (char c : symbols.toCharArray()) {
                    if (c != code.charAt(i)) {
                        assertRejected(withCharAt(code, i, c));
                        rejected++;
                    }
                }
            }
        }
        assertTrue(rejected > 200_000, rejected + " changes checked");
    }

    @Test
    void everySwapOfTwoAdjacentDifferentCharactersIsRejected() {
        int rejected = 0;
        for (String code : codes(2_000)) {
            for (int i = 0; i < 25; i++) {
                char a = code.charAt(i);
                char b = code.charAt(i + 1);
                if (a != b) {
                    assertRejected(code.substring(0, i) + b + a + code.substring(i + 2));
                    rejected++;
                }
            }
        }
        assertTrue(rejected > 40_000, rejected + " swaps checked");
    }

    @Test
    void wrongLengthIsRejected() {
        String code = CertificateCode.generate();

        assertRejected(code.substring(0, 24));
        assertRejected(code + "0");
        assertNotEquals(Optional.of(code), CertificateCode.normalise(code.substring(1)), "a symbol missing finds another code");
        assertRejected("");
        assertRejected("   ");
        assertRejected("-----");
    }

    @Test
    void theDataSymbolsAloneAsInADownloadedFileNameStandForTheirCode() {
        for (String code : codes(2_000)) {
            String fileNameForm = code.substring(0, 25);
            assertEquals(Optional.of(code), CertificateCode.normalise(fileNameForm));
            assertEquals(Optional.of(code), CertificateCode.normalise(CertificateCode.display(fileNameForm).toLowerCase(java.util.Locale.ROOT)));
        }
    }

    @ParameterizedTest
    @ValueSource(chars = {'U', '*', '~', '$', '=', '!', '_', '.', '/', 'é', 'Ü', '٣', '０', '\n'})
    void illegalCharacterInTheDataPartIsRejected(char illegal) {
        for (String code : codes(50)) {
            assertRejected(withCharAt(code, 7, illegal));
            assertRejected(withCharAt(code, 0, illegal));
            assertRejected(withCharAt(code, 24, illegal));
        }
    }

    @Test
    void nullIsRejected() {
        assertEquals(Optional.empty(), CertificateCode.normalise(null));
    }

    @Test
    void veryLongInputIsRejected() {
        String code = CertificateCode.generate();

        assertRejected(code.repeat(3));
        assertRejected(" ".repeat(100) + code);
        assertRejected("-".repeat(1_000_000) + code);
        assertRejected(code.repeat(100_000));
    }

    @Test
    void inputOfUpTo64CharactersWithSeparatorsIsAccepted() {
        String code = CertificateCode.generate();

        assertEquals(Optional.of(code), CertificateCode.normalise(code + " ".repeat(64 - 26)));
        assertRejected(code + " ".repeat(65 - 26));
    }

    // ---------------------------------------------------------------- display

    @Test
    void displayGroupsFiveSymbolsJoinedByDashes() {
        for (String code : codes(1_000)) {
            String display = CertificateCode.display(code);
            assertTrue(DISPLAY.matcher(display).matches(), display);
            assertEquals(code.substring(0, 5) + "-" + code.substring(5, 10) + "-" + code.substring(10, 15) + "-"
                    + code.substring(15, 20) + "-" + code.substring(20, 25) + "-" + code.substring(25), display);
        }
    }

    @Test
    void displayOfAKnownCode() {
        assertEquals("ABCDE-FGHJK-MNPQR-STVWX-YZ012-3", CertificateCode.display("ABCDEFGHJKMNPQRSTVWXYZ0123"));
    }

    // ---------------------------------------------------------------- known bug (see the report; enable once fixed)

    @Test
    void nonAsciiLettersThatUpperCaseIntoTheAlphabetAreRejected() {
        for (String code : codes(2_000)) {
            String data = code.substring(0, 25);
            if (data.contains("S")) {
                assertRejected(withCharAt(code, data.indexOf('S'), 'ſ'));   // long s -> S
            }
            if (data.contains("1")) {
                assertRejected(withCharAt(code, data.indexOf('1'), 'ı'));   // dotless i -> I -> 1
            }
            if (data.contains("SS")) {
                int at = data.indexOf("SS");
                assertRejected(code.substring(0, at) + "ß" + code.substring(at + 2)); // sharp s -> SS, 25 characters
            }
        }
    }
}
