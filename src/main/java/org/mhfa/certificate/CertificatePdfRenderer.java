package org.mhfa.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Lays out a certificate as a PDF page with PDFBox: one A4 landscape page with a thin dark-teal frame, the
 * organisation, the holder's name, the course, the issue and expiry dates, the certificate code and a vector QR
 * code that links to the public verification page.
 *
 * <p>Text is set in DejaVu Sans (bundled under {@code /fonts}, see {@code LICENSE-DejaVu.txt}), embedded as a
 * subset, so Latin with diacritics, Greek and Cyrillic names print correctly. Names or titles with characters the
 * font has no glyph for (for example CJK or most emoji) are rejected with an {@link IllegalArgumentException}
 * rather than printed as empty boxes; so is right-to-left text, which PDFBox cannot shape or reorder.
 *
 * <p>The two font files are parsed once, in the constructor, and shared; each {@link #render} call works on its
 * own {@link PDDocument} (a {@link PDFont} belongs to one document), so the renderer is thread-safe.
 */
@ApplicationScoped
public class CertificatePdfRenderer {

    // A4 landscape
    static final float PAGE_WIDTH = PDRectangle.A4.getHeight();
    static final float PAGE_HEIGHT = PDRectangle.A4.getWidth();

    /** Text that must not be printed smaller than this (names and titles shrink down to it, then wrap). */
    static final float MIN_FONT_SIZE = 14f;
    /** The centred text column. */
    private static final float TEXT_MARGIN = 90f;
    private static final float TEXT_WIDTH = PAGE_WIDTH - 2 * TEXT_MARGIN;
    /** Left and right edge of the footer (certificate code at the left, QR code at the right). */
    private static final float FOOTER_MARGIN = 72f;

    /** Width of the QR symbol itself; its white quiet zone of four modules lies around it. */
    private static final float QR_SIZE = 110f;
    private static final int QR_QUIET_ZONE_MODULES = 4;
    private static final float QR_BOTTOM = 86f;
    private static final float FOOTER_BASELINE = 68f;

    /** The date line must stay above the footer. */
    private static final float LOWEST_DATE_BASELINE = 160f;

    private static final float NAME_SIZE = 32f;
    private static final float NAME_WRAPPED_MAX_SIZE = 22f;
    private static final float TITLE_SIZE = 22f;
    private static final float TITLE_WRAPPED_MAX_SIZE = 17f;
    private static final int MAX_LINES = 3;

    private static final Rgb TEAL = new Rgb(0x1f, 0x5f, 0x5b);
    private static final Rgb TEAL_LIGHT = new Rgb(0x8f, 0xb8, 0xb4);
    private static final Rgb INK = new Rgb(0x1c, 0x25, 0x2b);
    private static final Rgb MUTED = new Rgb(0x55, 0x62, 0x6b);
    private static final Rgb QR_INK = new Rgb(0x0c, 0x1f, 0x1e);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\p{Cc}]+");
    private static final Map<EncodeHintType, Object> QR_HINTS = qrHints();

    private final FontFace regular;
    private final FontFace bold;

    /** Parses the bundled fonts; they are kept for the life of the process. */
    public CertificatePdfRenderer() {
        this.regular = FontFace.load("/fonts/DejaVuSans.ttf");
        this.bold = FontFace.load("/fonts/DejaVuSans-Bold.ttf");
    }

    /**
     * Renders the certificate as a one-page PDF.
     *
     * @return the PDF bytes
     * @throws IllegalArgumentException if a required field is missing, if a text contains characters the
     *                                  certificate font cannot display, or if a name or title is too long to fit
     */
    public byte[] render(CertificateDocument document) {
        Objects.requireNonNull(document, "document");
        Content content = Content.of(document);
        // Check the text before doing any PDF work: fail fast with a clear message instead of drawing boxes.
        regular.requireDisplayable("organisation name", content.organisationHeading());
        bold.requireDisplayable("holder name", content.holderName());
        bold.requireDisplayable("course title", content.courseTitle());
        regular.requireDisplayable("course version", content.courseVersion());
        bold.requireDisplayable("certificate code", content.displayCode());
        regular.requireDisplayable("verification URL", content.verificationUrl());

        try (PDDocument pdf = new PDDocument()) {
            PDType0Font regularFont = PDType0Font.load(pdf, regular.ttf, true);
            PDType0Font boldFont = PDType0Font.load(pdf, bold.ttf, true);

            PDPage page = new PDPage(new PDRectangle(PAGE_WIDTH, PAGE_HEIGHT));
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                drawFrame(cs);
                drawBody(cs, content, regularFont, boldFont);
                drawFooter(cs, content, regularFont, boldFont);
            }
            describe(pdf, content);

            ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render certificate " + content.displayCode(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Page parts

    private static void drawFrame(PDPageContentStream cs) throws IOException {
        TEAL.stroke(cs);
        cs.setLineWidth(2.5f);
        cs.addRect(22f, 22f, PAGE_WIDTH - 44f, PAGE_HEIGHT - 44f);
        cs.stroke();
        TEAL_LIGHT.stroke(cs);
        cs.setLineWidth(0.75f);
        cs.addRect(29f, 29f, PAGE_WIDTH - 58f, PAGE_HEIGHT - 58f);
        cs.stroke();
    }

    private static void drawBody(PDPageContentStream cs, Content c, PDFont regular, PDFont bold) throws IOException {
        float centre = PAGE_WIDTH / 2;

        // Organisation, small capitals with generous tracking
        String org = c.organisationHeading();
        float tracking = 2f;
        float orgSize = Math.max(7f, Math.min(11f,
                (TEXT_WIDTH - tracking * org.codePointCount(0, org.length())) / unitWidth(regular, org)));
        float orgWidth = orgSize * unitWidth(regular, org) + tracking * (org.codePointCount(0, org.length()) - 1);
        cs.setCharacterSpacing(tracking);
        text(cs, regular, orgSize, TEAL, org, centre - orgWidth / 2, PAGE_HEIGHT - 74f);
        cs.setCharacterSpacing(0f);

        float y = PAGE_HEIGHT - 122f;
        centred(cs, bold, 34f, TEAL, "Certificate of Completion", y);

        y -= 20f;
        TEAL_LIGHT.stroke(cs);
        cs.setLineWidth(1f);
        cs.moveTo(centre - 60f, y);
        cs.lineTo(centre + 60f, y);
        cs.stroke();

        y -= 34f;
        centred(cs, regular, 14f, MUTED, "This certifies that", y);

        TextBlock name = fit(c.holderName(), "holder name", bold, NAME_SIZE, NAME_WRAPPED_MAX_SIZE);
        y = drawBlock(cs, name, bold, INK, y - 14f * 0.25f - 16f);

        y -= name.size() * 0.25f + 14f + 14f * 0.8f;
        centred(cs, regular, 14f, MUTED, "has completed", y);

        TextBlock title = fit(c.courseTitle(), "course title", bold, TITLE_SIZE, TITLE_WRAPPED_MAX_SIZE);
        y = drawBlock(cs, title, bold, TEAL, y - 14f * 0.25f - 12f);

        if (!c.courseVersion().isEmpty()) {
            y -= title.size() * 0.25f + 8f + 11f * 0.8f;
            String version = "Content version " + c.courseVersion();
            centred(cs, regular, shrink(regular, version, 11f, 6f), MUTED, version, y);
        }

        String dates = "Issued " + DATE.format(c.issuedOn())
                + (c.expiresOn() == null ? "" : "    Valid until " + DATE.format(c.expiresOn()));
        y -= 36f;
        if (y < LOWEST_DATE_BASELINE) {
            // cannot happen with the size caps above, but never draw over the footer
            throw new IllegalStateException("certificate text does not fit on the page");
        }
        centred(cs, regular, 13f, INK, dates, y);
    }

    private static void drawFooter(PDPageContentStream cs, Content c, PDFont regular, PDFont bold)
            throws IOException {
        float qrLeft = PAGE_WIDTH - FOOTER_MARGIN - QR_SIZE;
        float qrRight = qrLeft + QR_SIZE;
        drawQr(cs, c.verificationUrl(), qrLeft, QR_BOTTOM, QR_SIZE);

        // The URL under the QR code: centred under it, or right-aligned with it when wider.
        String url = c.verificationUrl();
        float urlSize = shrink(regular, url, 7f, 4f, 260f);
        float urlWidth = urlSize * unitWidth(regular, url);
        float urlX = urlWidth <= QR_SIZE ? qrLeft + (QR_SIZE - urlWidth) / 2 : qrRight - urlWidth;
        text(cs, regular, urlSize, MUTED, url, urlX, FOOTER_BASELINE);

        // Certificate code and "Verify at" at the bottom left, kept clear of the QR block.
        float leftWidth = Math.min(qrLeft, urlX) - 24f - FOOTER_MARGIN;
        text(cs, regular, 9f, MUTED, "Certificate code", FOOTER_MARGIN, 120f);
        String code = c.displayCode();
        text(cs, bold, shrink(bold, code, 16f, 8f, leftWidth), INK, code, FOOTER_MARGIN, 100f);
        String verify = "Verify at " + url;
        text(cs, regular, shrink(regular, verify, 9f, 4f, leftWidth), MUTED, verify, FOOTER_MARGIN, FOOTER_BASELINE);
    }

    /**
     * The QR code as vector squares: a white quiet zone of four modules around the symbol, then one rectangle per
     * dark module and a single fill. {@code left}, {@code bottom} and {@code size} give the symbol itself.
     */
    private static void drawQr(PDPageContentStream cs, String url, float left, float bottom, float size)
            throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, QR_HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("The verification URL cannot be encoded as a QR code", e);
        }
        int modules = matrix.getWidth();
        float m = size / modules;
        float quiet = QR_QUIET_ZONE_MODULES * m;

        cs.setNonStrokingColor(1f, 1f, 1f);
        cs.addRect(left - quiet, bottom - quiet, size + 2 * quiet, size + 2 * quiet);
        cs.fill();

        QR_INK.fill(cs);
        float top = bottom + size;
        for (int row = 0; row < modules; row++) {
            float y = top - (row + 1) * m;
            for (int col = 0; col < modules; col++) {
                if (matrix.get(col, row)) {
                    cs.addRect(left + col * m, y, m, m);
                }
            }
        }
        cs.fill();
    }

    private static void describe(PDDocument pdf, Content c) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle("Certificate " + c.displayCode());
        info.setAuthor(c.organisationName());
        info.setSubject(c.courseTitle());
        info.setCreator(c.organisationName());
        info.setCreationDate(new GregorianCalendar());
        PDViewerPreferences prefs = new PDViewerPreferences(pdf.getDocumentCatalog().getCOSObject());
        prefs.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(prefs);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Text helpers

    /** The lines of a name or title, and the size they are set in. */
    private record TextBlock(List<String> lines, float size) {
    }

    /**
     * Fits text into the text column: one line at {@code maxSize}, or smaller down to {@link #MIN_FONT_SIZE};
     * failing that, wrapped on spaces into as few lines as possible (at most {@link #MAX_LINES}) at up to
     * {@code wrappedMaxSize}.
     */
    private static TextBlock fit(String text, String field, PDFont font, float maxSize, float wrappedMaxSize)
            throws IOException {
        float oneLine = TEXT_WIDTH / unitWidth(font, text);
        if (oneLine >= MIN_FONT_SIZE) {
            return new TextBlock(List.of(text), Math.min(maxSize, oneLine));
        }
        for (int lines = 2; lines <= MAX_LINES; lines++) {
            for (float size = wrappedMaxSize; size >= MIN_FONT_SIZE; size -= 0.5f) {
                List<String> wrapped = wrap(font, text, size);
                if (wrapped.size() <= lines) {
                    return new TextBlock(wrapped, size);
                }
            }
        }
        throw new IllegalArgumentException("The " + field + " is too long to fit on the certificate ("
                + text.codePointCount(0, text.length()) + " characters)");
    }

    /** Greedy word wrap at the given size; a word wider than the column is broken between characters. */
    private static List<String> wrap(PDFont font, String text, float size) throws IOException {
        float maxUnits = TEXT_WIDTH / size;
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (unitWidth(font, candidate) <= maxUnits) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            while (unitWidth(font, word) > maxUnits) {
                int cut = word.offsetByCodePoints(0, 1);
                while (cut < word.length()
                        && unitWidth(font, word.substring(0, word.offsetByCodePoints(cut, 1))) <= maxUnits) {
                    cut = word.offsetByCodePoints(cut, 1);
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line = word;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** Draws the lines centred, the first baseline at {@code firstBaselineTop - size * 0.75}; returns the last baseline. */
    private static float drawBlock(PDPageContentStream cs, TextBlock block, PDFont font, Rgb colour,
            float firstBaselineTop) throws IOException {
        float y = firstBaselineTop - block.size() * 0.75f;
        for (int i = 0; i < block.lines().size(); i++) {
            if (i > 0) {
                y -= block.size() * 1.2f;
            }
            centred(cs, font, block.size(), colour, block.lines().get(i), y);
        }
        return y;
    }

    /** The largest size not above {@code maxSize} at which the text fits the text column (not below {@code minSize}). */
    private static float shrink(PDFont font, String text, float maxSize, float minSize) throws IOException {
        return shrink(font, text, maxSize, minSize, TEXT_WIDTH);
    }

    private static float shrink(PDFont font, String text, float maxSize, float minSize, float width)
            throws IOException {
        float units = unitWidth(font, text);
        return units <= 0 ? maxSize : Math.max(minSize, Math.min(maxSize, width / units));
    }

    private static void centred(PDPageContentStream cs, PDFont font, float size, Rgb colour, String text, float y)
            throws IOException {
        float width = size * unitWidth(font, text);
        text(cs, font, size, colour, text, (PAGE_WIDTH - width) / 2, y);
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, Rgb colour, String text, float x,
            float y) throws IOException {
        colour.fill(cs);
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /** Advance width of the text at a font size of 1 pt. */
    private static float unitWidth(PDFont font, String text) throws IOException {
        return font.getStringWidth(text) / 1000f;
    }

    private static Map<EncodeHintType, Object> qrHints() {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        return Map.copyOf(hints);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Input

    /** The document's text, normalised for printing: NFC, runs of whitespace or control characters as one space. */
    private record Content(String holderName, String courseTitle, String courseVersion,
            LocalDate issuedOn, LocalDate expiresOn, String displayCode,
            String verificationUrl, String organisationName) {

        static Content of(CertificateDocument d) {
            return new Content(required(d.holderName(), "holderName"), required(d.courseTitle(), "courseTitle"),
                    clean(d.courseVersion()),
                    Objects.requireNonNull(d.issuedOn(), "issuedOn is required"), d.expiresOn(),
                    required(d.displayCode(), "displayCode"), required(d.verificationUrl(), "verificationUrl"),
                    required(d.organisationName(), "organisationName"));
        }

        String organisationHeading() {
            return organisationName.toUpperCase(Locale.ROOT);
        }

        private static String required(String value, String field) {
            String cleaned = clean(value);
            if (cleaned.isEmpty()) {
                throw new IllegalArgumentException(field + " is required");
            }
            return cleaned;
        }

        private static String clean(String value) {
            if (value == null) {
                return "";
            }
            return SPACES.matcher(Normalizer.normalize(value, Normalizer.Form.NFC)).replaceAll(" ").strip();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Fonts and colours

    /** A parsed TrueType font, shared by all renders; PDFBox fonts are made from it per document. */
    private static final class FontFace {
        final TrueTypeFont ttf;
        private final CmapLookup cmap;

        private FontFace(TrueTypeFont ttf) throws IOException {
            this.ttf = ttf;
            this.cmap = ttf.getUnicodeCmapLookup();
            // Read the lazily loaded tables now, once, rather than on the first render.
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
        }

        static FontFace load(String resource) {
            try (InputStream in = CertificatePdfRenderer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing font resource " + resource);
                }
                // the buffer stays open: the font reads its tables from it
                return new FontFace(new TTFParser().parse(new RandomAccessReadBuffer(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not load font " + resource, e);
            }
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

    private record Rgb(int r, int g, int b) {
        void fill(PDPageContentStream cs) throws IOException {
            cs.setNonStrokingColor(r / 255f, g / 255f, b / 255f);
        }

        void stroke(PDPageContentStream cs) throws IOException {
            cs.setStrokingColor(r / 255f, g / 255f, b / 255f);
        }
    }
}
