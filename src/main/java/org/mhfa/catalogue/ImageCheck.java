package org.mhfa.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks an image before it joins a course: a PNG, JPEG or WebP whose content is what its name says, complete and not
 * too large, or an SVG that {@link SvgCheck} finds safe; and reads its width and height for the pages that show it.
 */
public final class ImageCheck {

    /** The largest width or height taken: larger images only cost trainees time to download. */
    public static final int MAX_SIDE = 10_000;

    /** What a checked image is: its format and its size in pixels (0 when an SVG does not say). */
    public record Checked(ImageFormat format, int width, int height) {
    }

    /** Why an image is refused, in words for its author. */
    public static final class RefusedException extends RuntimeException {
        RefusedException(String message) {
            super(message);
        }
    }

    private ImageCheck() {
    }

    /** Checks the image {@code name} holding {@code bytes}, at most {@code maxBytes} long; {@link RefusedException} says why not. */
    public static Checked check(String name, byte[] bytes, long maxBytes) {
        ImageFormat format = ImageFormat.ofName(name).orElseThrow(() -> new RefusedException("'" + name + "' is not named as an image "
                + "the platform shows: the name ends in " + ImageFormat.NAMES + "."));
        if (bytes.length == 0) {
            throw new RefusedException("'" + name + "' is empty.");
        }
        if (bytes.length > maxBytes) {
            throw new RefusedException("'" + name + "' is " + size(bytes.length) + "; an image may be at most " + size(maxBytes)
                    + ": save it with fewer pixels or more compression.");
        }
        if (format == ImageFormat.SVG) {
            int[] size = SvgCheck.check(name, bytes);
            return new Checked(format, size[0], size[1]);
        }
        ImageFormat found = ImageFormat.ofContent(bytes).orElseThrow(() -> new RefusedException("'" + name + "' is not a PNG, JPEG "
                + "or WebP image (its content is something else): export it again as one of those."));
        if (found != format) {
            throw new RefusedException("'" + name + "' holds a " + found + " image, not a " + format + " one: name it '"
                    + baseName(name) + "." + found.extension() + "'.");
        }
        int[] size = rasterSize(format, bytes).orElseThrow(() -> damaged(name));
        if (!complete(format, bytes)) {
            throw damaged(name);
        }
        if (size[0] <= 0 || size[1] <= 0 || size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            throw new RefusedException("'" + name + "' is " + size[0] + " × " + size[1] + " pixels; an image may be at most "
                    + MAX_SIDE + " pixels wide and high.");
        }
        return new Checked(format, size[0], size[1]);
    }

    /** The width and height of an image of the course, when they can be read; never refuses (the validator reads with this). */
    static Optional<int[]> size(String name, byte[] bytes) {
        Optional<ImageFormat> format = ImageFormat.ofName(name);
        if (format.isEmpty()) {
            return Optional.empty();
        }
        if (format.get() == ImageFormat.SVG) {
            try {
                int[] size = SvgCheck.check(name, bytes);
                return size[0] > 0 && size[1] > 0 ? Optional.of(size) : Optional.empty();
            } catch (RefusedException e) {
                return Optional.empty();
            }
        }
        return ImageFormat.ofContent(bytes).filter(format.get()::equals).flatMap(found -> rasterSize(found, bytes))
                .filter(size -> size[0] > 0 && size[1] > 0);
    }

    private static Optional<int[]> rasterSize(ImageFormat format, byte[] bytes) {
        return switch (format) {
            case PNG -> bytes.length >= 24 && ImageFormat.startsWith(bytes, 12, 'I', 'H', 'D', 'R')
                    ? Optional.of(new int[] {int32(bytes, 16), int32(bytes, 20)}) : Optional.empty();
            case JPEG -> jpegSize(bytes);
            case WEBP -> webpSize(bytes);
            case SVG -> Optional.empty();
        };
    }

    /** Whether the file ends as its format ends, so that a file cut short in the upload is not taken. */
    private static boolean complete(ImageFormat format, byte[] bytes) {
        int n = bytes.length;
        return switch (format) {
            case PNG -> n >= 12 && ImageFormat.startsWith(bytes, n - 8, 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82);
            case JPEG -> endsWithJpegEnd(bytes);
            case WEBP -> {
                long declared = (bytes[4] & 0xFFL) | (bytes[5] & 0xFFL) << 8 | (bytes[6] & 0xFFL) << 16 | (bytes[7] & 0xFFL) << 24;
                yield declared + 8 == n || declared + 9 == n;
            }
            case SVG -> true;
        };
    }

    private static boolean endsWithJpegEnd(byte[] bytes) {
        int end = bytes.length;
        while (end > 2 && bytes[end - 1] == 0) {
            end--;
        }
        return end >= 4 && (bytes[end - 2] & 0xFF) == 0xFF && (bytes[end - 1] & 0xFF) == 0xD9;
    }

    private static Optional<int[]> jpegSize(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The canvas of a WebP: from its lossy (VP8), lossless (VP8L) or extended (VP8X) header. */
    private static Optional<int[]> webpSize(byte[] bytes) {
        if (bytes.length < 30) {
            return Optional.empty();
        }
        if (ImageFormat.startsWith(bytes, 12, 'V', 'P', '8', ' ') && ImageFormat.startsWith(bytes, 23, 0x9D, 0x01, 0x2A)) {
            return Optional.of(new int[] {int16le(bytes, 26) & 0x3FFF, int16le(bytes, 28) & 0x3FFF});
        }
        if (ImageFormat.startsWith(bytes, 12, 'V', 'P', '8', 'L') && (bytes[20] & 0xFF) == 0x2F) {
            int bits = (bytes[21] & 0xFF) | (bytes[22] & 0xFF) << 8 | (bytes[23] & 0xFF) << 16 | (bytes[24] & 0xFF) << 24;
            return Optional.of(new int[] {(bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1});
        }
        if (ImageFormat.startsWith(bytes, 12, 'V', 'P', '8', 'X')) {
            return Optional.of(new int[] {int24le(bytes, 24) + 1, int24le(bytes, 27) + 1});
        }
        return Optional.empty();
    }

    private static RefusedException damaged(String name) {
        return new RefusedException("'" + name + "' is damaged or cut short (its end or its size cannot be read): export it again.");
    }

    private static int int32(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | (bytes[at + 3] & 0xFF);
    }

    private static int int16le(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private static int int24le(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16;
    }

    private static String baseName(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return name.substring(slash + 1, dot > slash ? dot : name.length());
    }

    /** A size as an author reads it: "1.4 MB", "300 KB". */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            double mb = bytes / (1024.0 * 1024.0);
            return (mb == Math.floor(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb)) + " MB";
        }
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }
}
