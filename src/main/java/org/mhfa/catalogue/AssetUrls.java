package org.mhfa.catalogue;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The addresses of course images: {@code /courses/<course>/assets/<sha256>.<ext>}, the same bytes for ever. */
public final class AssetUrls {

    private static final Pattern FILE = Pattern.compile("([0-9a-f]{64})\\.([a-z]{3,4})");

    /** A hash and the format its address names. */
    public record Name(String sha256, ImageFormat format) {
    }

    private AssetUrls() {
    }

    public static String url(String courseId, String sha256, ImageFormat format) {
        return "/courses/" + courseId + "/assets/" + sha256 + "." + format.extension();
    }

    /** The hash and format of an address's last part ({@code <sha256>.png}), if it is one. */
    public static Optional<Name> parse(String file) {
        Matcher matcher = FILE.matcher(file == null ? "" : file);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return ImageFormat.ofName(file).filter(format -> format.extension().equals(matcher.group(2)))
                .map(format -> new Name(matcher.group(1), format));
    }
}
