package org.mhfa.certificate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code encodedList} of a W3C Bitstring Status List v1.0: the bitstring GZIP-compressed and written as multibase
 * base64url without padding (prefix {@code u}); index 0 is the most significant bit of the first byte.
 */
public final class StatusList {

    /** The smallest list the specification allows: 16 KiB, 131,072 entries, for herd privacy. */
    public static final int MIN_SIZE = 131_072;

    /** The most a list may decompress to when read: 16 MiB, over 134 million entries; guards against gzip bombs. */
    private static final int MAX_BYTES = 16 * 1024 * 1024;

    private static final char MULTIBASE_BASE64URL = 'u';

    private StatusList() {
    }

    /** The size of a list that holds indices 0 to {@code highestIndex}: at least {@link #MIN_SIZE}, a whole number of bytes. */
    public static int sizeFor(int highestIndex) {
        if (highestIndex < 0) {
            return MIN_SIZE;
        }
        long needed = ((long) highestIndex + 8) / 8 * 8;
        if (needed > (long) MAX_BYTES * 8) {
            throw new IllegalArgumentException("Status list index " + highestIndex + " is too large");
        }
        return (int) Math.max(MIN_SIZE, needed);
    }

    /**
     * Encodes a list of {@code size} entries with the given ones set.
     *
     * @param revoked the indices whose bit is set
     * @param size    the number of entries: at least {@link #MIN_SIZE} and a multiple of 8
     * @throws IllegalArgumentException if the size is too small or not whole bytes, or a set index is outside it
     */
    public static String encode(BitSet revoked, int size) {
        if (size < MIN_SIZE || size % 8 != 0 || size / 8 > MAX_BYTES) {
            throw new IllegalArgumentException("A status list has at least " + MIN_SIZE
                    + " entries in whole bytes; " + size + " given");
        }
        if (revoked.length() > size) {
            throw new IllegalArgumentException("Index " + (revoked.length() - 1) + " is outside a list of " + size);
        }
        byte[] bits = new byte[size / 8];
        for (int i = revoked.nextSetBit(0); i >= 0; i = revoked.nextSetBit(i + 1)) {
            bits[i >>> 3] |= (byte) (0x80 >>> (i & 7));
        }
        return MULTIBASE_BASE64URL + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits));
    }

    /**
     * Whether the entry at {@code index} is set, as a verifier reads it.
     *
     * @throws IllegalArgumentException  if the list is not multibase base64url GZIP data
     * @throws IndexOutOfBoundsException if the index is outside the list (the specification's RANGE_ERROR)
     */
    public static boolean isSet(String encodedList, int index) {
        byte[] bits = decode(encodedList);
        if (index < 0 || index >= bits.length * 8) {
            throw new IndexOutOfBoundsException("Index " + index + " is outside a status list of " + bits.length * 8);
        }
        return (bits[index >>> 3] & (0x80 >>> (index & 7))) != 0;
    }

    /** The number of entries in an encoded list. */
    public static int size(String encodedList) {
        return decode(encodedList).length * 8;
    }

    /** The bitstring of an encoded list. */
    static byte[] decode(String encodedList) {
        if (encodedList == null || encodedList.isEmpty() || encodedList.charAt(0) != MULTIBASE_BASE64URL) {
            throw new IllegalArgumentException("Not a multibase base64url string (prefix 'u')");
        }
        byte[] compressed;
        try {
            compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not base64url: " + e.getMessage(), e);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bits = in.readNBytes(MAX_BYTES + 1);
            if (bits.length > MAX_BYTES) {
                throw new IllegalArgumentException("Status list larger than " + MAX_BYTES + " bytes");
            }
            return bits;
        } catch (IOException e) {
            throw new IllegalArgumentException("Not GZIP data: " + e.getMessage(), e);
        }
    }

    private static byte[] gzip(byte[] bits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
