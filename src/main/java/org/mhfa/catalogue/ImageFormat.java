package org.mhfa.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The image formats a course's {@code assets/} folder may hold for its pages, by file extension and media type. */
public enum ImageFormat {
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    WEBP("image/webp", List.of("webp")),
    SVG("image/svg+xml", List.of("svg"));

    /** The extensions accepted, as a reader would list them. */
    public static final String NAMES = ".png, .jpg, .jpeg, .webp or .svg";

    private final String mediaType;
    private final List<String> extensions;

    ImageFormat(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension used in the image's address on the platform. */
    public String extension() {
        return extensions.get(0);
    }

    /** The format a file name's extension names, if it is one of these. */
    public static Optional<ImageFormat> ofName(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ImageFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The raster format the first bytes announce (PNG, JPEG or WebP); SVG, being text, is not recognised here. */
    static Optional<ImageFormat> ofContent(byte[] bytes) {
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
