package org.mhfa.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.BitSet;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class StatusListTest {

    /** The example of an empty 16 KiB list in W3C Bitstring Status List v1.0, made by another encoder. */
    private static final String SPEC_EMPTY_LIST = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

    @Test
    void theSmallestListHas131072EntriesAsTheSpecificationRequires() {
        assertEquals(131_072, StatusList.MIN_SIZE);
        assertEquals(131_072, StatusList.size(StatusList.encode(new BitSet(), StatusList.MIN_SIZE)));
        assertThrows(IllegalArgumentException.class, () -> StatusList.encode(new BitSet(), 131_064));
        assertThrows(IllegalArgumentException.class, () -> StatusList.encode(new BitSet(), 131_073));
        assertEquals(131_072, StatusList.sizeFor(-1));
        assertEquals(131_072, StatusList.sizeFor(0));
        assertEquals(131_072, StatusList.sizeFor(131_071));
        assertEquals(131_080, StatusList.sizeFor(131_072));
        assertEquals(131_080, StatusList.sizeFor(131_079));
        assertEquals(131_088, StatusList.sizeFor(131_080));
    }

    @Test
    void readsTheSpecificationsExampleList() {
        assertEquals(131_072, StatusList.size(SPEC_EMPTY_LIST));
        assertFalse(StatusList.isSet(SPEC_EMPTY_LIST, 0));
        assertFalse(StatusList.isSet(SPEC_EMPTY_LIST, 131_071));
        assertArrayEquals(new byte[16_384], StatusList.decode(SPEC_EMPTY_LIST));
    }

    @Test
    void roundTripsAnyBits() {
        Random random = new Random(42);
        int size = StatusList.sizeFor(200_000);
        BitSet revoked = new BitSet();
        for (int i = 0; i < 5_000; i++) {
            revoked.set(random.nextInt(size));
        }
        revoked.set(0);
        revoked.set(size - 1);
        String encoded = StatusList.encode(revoked, size);
        assertEquals(size, StatusList.size(encoded));
        byte[] bits = StatusList.decode(encoded);
        for (int i = 0; i < size; i++) {
            assertEquals(revoked.get(i), (bits[i / 8] & (1 << (7 - i % 8))) != 0, "index " + i);
        }
        for (int i = revoked.nextSetBit(0); i >= 0; i = revoked.nextSetBit(i + 1)) {
            assertTrue(StatusList.isSet(encoded, i), "index " + i);
            if (!revoked.get(i + 1) && i + 1 < size) {
                assertFalse(StatusList.isSet(encoded, i + 1), "index " + (i + 1));
            }
        }
    }

    @Test
    void indexZeroIsTheMostSignificantBitOfTheFirstByte() {
        BitSet revoked = new BitSet();
        revoked.set(0);
        revoked.set(7);
        revoked.set(9);
        revoked.set(131_071);
        byte[] bits = StatusList.decode(StatusList.encode(revoked, StatusList.MIN_SIZE));
        assertEquals((byte) 0b1000_0001, bits[0]);
        assertEquals((byte) 0b0100_0000, bits[1]);
        assertEquals((byte) 0b0000_0001, bits[16_383]);
        for (int i = 2; i < 16_383; i++) {
            assertEquals(0, bits[i], "byte " + i);
        }
    }

    @Test
    void isMultibaseBase64urlWithoutPaddingOfGzip() throws IOException {
        BitSet revoked = new BitSet();
        revoked.set(12_345);
        String encoded = StatusList.encode(revoked, StatusList.MIN_SIZE);
        assertEquals('u', encoded.charAt(0));
        assertTrue(encoded.substring(1).matches("[A-Za-z0-9_-]+"), encoded);

        byte[] gzip = Base64.getUrlDecoder().decode(encoded.substring(1));
        assertEquals((byte) 0x1f, gzip[0]);
        assertEquals((byte) 0x8b, gzip[1]);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            byte[] bits = in.readAllBytes();
            assertEquals(16_384, bits.length);
            assertEquals((byte) (0x80 >>> (12_345 % 8)), bits[12_345 / 8]);
        }
        assertTrue(encoded.length() < 200, "an almost empty list compresses well: " + encoded.length());
    }

    @Test
    void theSameBitsAlwaysGiveTheSameList() {
        BitSet revoked = new BitSet();
        revoked.set(3);
        assertEquals(StatusList.encode(revoked, StatusList.MIN_SIZE), StatusList.encode(revoked, StatusList.MIN_SIZE));
    }

    @Test
    void rejectsIndicesOutsideTheListAndMalformedLists() {
        String encoded = StatusList.encode(new BitSet(), StatusList.MIN_SIZE);
        assertThrows(IndexOutOfBoundsException.class, () -> StatusList.isSet(encoded, 131_072));
        assertThrows(IndexOutOfBoundsException.class, () -> StatusList.isSet(encoded, -1));
        BitSet tooFar = new BitSet();
        tooFar.set(131_072);
        assertThrows(IllegalArgumentException.class, () -> StatusList.encode(tooFar, StatusList.MIN_SIZE));
        assertThrows(IllegalArgumentException.class, () -> StatusList.isSet(encoded.substring(1), 0));
        assertThrows(IllegalArgumentException.class, () -> StatusList.isSet("u!!!", 0));
        assertThrows(IllegalArgumentException.class, () -> StatusList.isSet("uAAAA", 0));
        assertThrows(IllegalArgumentException.class, () -> StatusList.isSet(null, 0));
    }
}
