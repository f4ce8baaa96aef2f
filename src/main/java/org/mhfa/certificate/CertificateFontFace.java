package org.mhfa.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A parsed TrueType font, shared by all renders; PDFBox fonts are made from it per document. Besides the whole
 * font it keeps a cut-down copy with only the characters of Latin, Greek and Cyrillic text (about a tenth of the
 * glyphs): PDFBox works through every glyph of a font it embeds before subsetting it, so certificates whose text
 * stays within these characters, nearly all of them, are made from the small copy, the rest from the whole font.
 */
final class CertificateFontFace {

    /** Code point ranges (inclusive pairs) of the cut-down copy. */
    private static final int[] COMMON_RANGES = {
        0x0020, 0x007E, 0x00A0, 0x017F, 0x0218, 0x021B, 0x02BB, 0x02BC, 0x02C6, 0x02DD,
        0x0370, 0x03FF, 0x0400, 0x04FF, 0x2010, 0x2027, 0x2030, 0x203A, 0x20AC, 0x20AC, 0x2122, 0x2122,
    };

    private static final List<String> COMMON_TABLES = List.of(
        "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "name", "OS/2", "post", "cmap");

    final TrueTypeFont ttf;
    final TrueTypeFont common;
    private final CmapLookup cmap;
    private final CmapLookup commonCmap;

    private CertificateFontFace(TrueTypeFont ttf, TrueTypeFont common) throws IOException {
        this.ttf = ttf;
        this.common = common;
        this.cmap = preload(ttf).getUnicodeCmapLookup();
        this.commonCmap = preload(common).getUnicodeCmapLookup();
    }

    /** Reads the lazily loaded tables now, once, rather than on the first render (and never concurrently). */
    private static TrueTypeFont preload(TrueTypeFont ttf) throws IOException {
        ttf.getName();
        ttf.getHeader();
        ttf.getHorizontalHeader();
        ttf.getHorizontalMetrics();
        ttf.getMaximumProfile();
        ttf.getOS2Windows();
        ttf.getPostScript();
        ttf.getNaming();
        ttf.getGlyph();
        ttf.getGsubData();
        return ttf;
    }

    static CertificateFontFace load(String resource) {
        try (InputStream in = CertificateFontFace.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font resource " + resource);
            }
            // the buffers stay open: the fonts read their tables from them
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // only the tables the subsetter rewrites: GSUB, GPOS, GDEF, kern and MATH would be copied as they are,
            // naming glyphs by their ids in the whole font (the substitutes for "hh", "hk" and "hn" would point past the copy)
            TTFSubsetter subsetter = new TTFSubsetter(ttf, COMMON_TABLES);
            CmapLookup full = ttf.getUnicodeCmapLookup();
            for (int i = 0; i < COMMON_RANGES.length; i += 2) {
                for (int cp = COMMON_RANGES[i]; cp <= COMMON_RANGES[i + 1]; cp++) {
                    if (full.getGlyphId(cp) != 0) {
                        subsetter.add(cp);
                    }
                }
            }
            ByteArrayOutputStream cut = new ByteArrayOutputStream(256 * 1024);
            subsetter.writeToStream(cut);
            TrueTypeFont common = new TTFParser().parse(new RandomAccessReadBuffer(cut.toByteArray()));
            return new CertificateFontFace(ttf, common);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load font " + resource, e);
        }
    }

    /** True if the cut-down copy has every character of the texts. */
    boolean commonCovers(List<String> texts) {
        for (String text : texts) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (commonCmap.getGlyphId(cp) == 0) {
                    return false;
                }
                i += Character.charCount(cp);
            }
        }
        return true;
    }

    /** Throws if the font has no glyph for some character of the text, or the text is right-to-left. */
    void requireDisplayable(String field, String text) {
        Set<Integer> unsupported = new LinkedHashSet<>();
        text.codePoints().forEach(cp -> {
            if (cp == ' ') {
                return;
            }
            byte direction = Character.getDirectionality(cp);
            if (cmap.getGlyphId(cp) == 0 || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                unsupported.add(cp);
            }
        });
        if (unsupported.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("The ").append(field)
                .append(" contains characters that cannot be printed on the certificate: ");
        int listed = 0;
        for (int cp : unsupported) {
            if (listed == 10) {
                message.append(" and ").append(unsupported.size() - listed).append(" more");
                break;
            }
            if (listed++ > 0) {
                message.append(", ");
            }
            message.append('"').appendCodePoint(cp).append('"')
                    .append(String.format(Locale.ROOT, " (U+%04X)", cp));
        }
        throw new IllegalArgumentException(message.toString());
    }
}
