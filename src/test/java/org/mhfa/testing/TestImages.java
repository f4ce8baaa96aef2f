package org.mhfa.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Small real images for the tests: PNG and JPEG drawn by ImageIO, a lossless WebP header, a plain safe SVG. */
public final class TestImages {

    /** An SVG that the platform's checks accept: shapes and text, nothing that runs or fetches. */
    public static final String SAFE_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\" viewBox=\"0 0 40 20\">"
            + "<rect width=\"40\" height=\"20\" fill=\"#1f5f5b\"/><text x=\"4\" y=\"14\" fill=\"#fff\">Hi</text></svg>";

    private TestImages() {
    }

    /** A real image of {@code width} × {@code height} in {@code format} ("png" or "jpg"). */
    public static byte[] image(String format, int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header of a lossless WebP of {@code width} × {@code height}, with its RIFF length right. */
    public static byte[] webp(int width, int height) {
        byte[] bytes = new byte[40];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        bytes[4] = (byte) (bytes.length - 8);
        System.arraycopy("WEBPVP8L".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 8);
        bytes[16] = (byte) (bytes.length - 20);
        bytes[20] = 0x2F;
        int bits = (width - 1) | (height - 1) << 14;
        bytes[21] = (byte) bits;
        bytes[22] = (byte) (bits >>> 8);
        bytes[23] = (byte) (bits >>> 16);
        bytes[24] = (byte) (bits >>> 24);
        return bytes;
    }

    /** A good image for a request of {@code contentType} (a PNG for application/octet-stream). */
    public static byte[] forType(String contentType) {
        return switch (contentType) {
            case "image/jpeg" -> image("jpg", 8, 6);
            case "image/webp" -> webp(8, 6);
            case "image/svg+xml" -> SAFE_SVG.getBytes(StandardCharsets.UTF_8);
            default -> image("png", 8, 6);
        };
    }

    /** The file extension that goes with {@code contentType}. */
    public static String extension(String contentType) {
        return switch (contentType) {
            case "image/jpeg" -> ".jpg";
            case "image/webp" -> ".webp";
            case "image/svg+xml" -> ".svg";
            default -> ".png";
        };
    }
}
