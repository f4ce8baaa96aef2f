package org.mhfa.platform;

import static java.util.Map.entry;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map.Entry;
import java.util.function.Function;
import org.mhfa.platform.CorpusFixture.Body;

/** The image bad-input corpus, for a course's pictures: bodies that are not a whole, safe image of the named kind within the limits. */
final class ImageCorpus {

    /** The platform's default limit for one image (mhfa.authoring.max-image-size). */
    private static final int IMAGE_LIMIT = 1024 * 1024;

    static final List<Entry<String, Function<byte[], byte[]>>> IMAGES = List.of(
            entry("an empty body", good -> new byte[0]),
            entry("not an image", good -> utf8("this is not a picture")),
            entry("an image cut short", good -> Arrays.copyOf(good, good.length / 2)),
            entry("an SVG that runs a script", good -> utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                    + "<script>alert(2)</script></svg>")),
            entry("an SVG with an external entity", good -> utf8("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM "
                    + "\"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>")),
            entry("an image over the 1 MB an image may have", good -> JsonCorpus.concat(good, new byte[IMAGE_LIMIT])),
            entry("a body over the size limit", good -> JsonCorpus.concat(good, new byte[(int) CorpusLimits.maxBodySize() + 1024])));

    private ImageCorpus() {
    }

    static List<CorpusCase> cases() {
        return IMAGES.stream().map(image -> new CorpusCase(image.getKey(), fixture -> {
            CorpusFixture.Image template = (CorpusFixture.Image) fixture;
            return new Body(template.contentType(), image.getValue().apply(template.valid()));
        })).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
