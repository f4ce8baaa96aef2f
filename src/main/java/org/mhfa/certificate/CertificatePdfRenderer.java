package org.mhfa.certificate;

import java.io.ByteArrayInputStream;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Lays out a certificate as a PDF page with PDFBox: one landscape page (A4 or US Letter) with a thin dark-teal frame,
 * the organisation's logo and name, the holder's name, the course and its content version, the competencies it
 * trains, the issue and expiry dates, the instructor, the certificate code and a vector QR code that links to the
 * public verification page; files such as the Open Badges credential are embedded in the document.
 *
 * <p>Text is set in DejaVu Sans (bundled under {@code /fonts}, see {@code LICENSE-DejaVu.txt}), embedded as a
 * subset, so Latin with diacritics, Greek and Cyrillic names print correctly. Names or titles with characters the
 * font has no glyph for (for example CJK or most emoji) are rejected with an {@link IllegalArgumentException}
 * rather than printed as empty boxes; so is right-to-left text, which PDFBox cannot shape or reorder.
 *
 * <p>The font files are parsed once per process and the logo is decoded once per renderer; each {@link #render}
 * call works on its own {@link PDDocument} (a {@link PDFont} belongs to one document), so the renderer is
 * thread-safe.
 */
public class CertificatePdfRenderer {

    /** Text that must not be printed smaller than this (names and titles shrink down to it, then wrap). */
    static final float MIN_FONT_SIZE = 14f;
    /** The centred text column starts and ends this far from the page edges. */
    private static final float TEXT_MARGIN = 90f;
    /** Left and right edge of the footer (certificate code at the left, QR code at the right). */
    private static final float FOOTER_MARGIN = 72f;

    /** Width of the QR symbol itself; its white quiet zone of four modules lies around it. */
    private static final float QR_SIZE = 110f;
    private static final int QR_QUIET_ZONE_MODULES = 4;
    /** The widest the quiet zone gets (a version 1 symbol has 21 modules; the URLs here give 25 or more). */
    private static final float QR_MAX_QUIET_ZONE = QR_SIZE * QR_QUIET_ZONE_MODULES / 25f;
    private static final float QR_BOTTOM = 86f;
    private static final float FOOTER_BASELINE = 68f;

    /** Lines of the body must stay above the footer's text; lines as wide as the column above the QR code. */
    private static final float LOWEST_BASELINE = 148f;
    private static final float QR_CLEARANCE = 6f;
    /** The body's vertical gaps shrink by this factor, down to {@link #MIN_SQUEEZE}, until everything fits. */
    private static final float SQUEEZE_STEP = 0.1f;
    private static final float MIN_SQUEEZE = 0.3f;

    /** The logo sits in the top-left corner inside the frame, scaled to fit this box. */
    private static final float LOGO_LEFT = 48f;
    private static final float LOGO_TOP_INSET = 46f;
    private static final float LOGO_MAX_WIDTH = 120f;
    private static final float LOGO_MAX_HEIGHT = 52f;

    private static final float NAME_SIZE = 32f;
    private static final float NAME_WRAPPED_MAX_SIZE = 22f;
    private static final float TITLE_SIZE = 22f;
    private static final float TITLE_WRAPPED_MAX_SIZE = 17f;
    private static final int MAX_LINES = 3;
    private static final float COMPETENCY_SIZE = 10.5f;
    private static final String COMPETENCY_SEPARATOR = "  ·  ";

    private static final Rgb TEAL = new Rgb(0x1f, 0x5f, 0x5b);
    private static final Rgb TEAL_LIGHT = new Rgb(0x8f, 0xb8, 0xb4);
    private static final Rgb INK = new Rgb(0x1c, 0x25, 0x2b);
    private static final Rgb MUTED = new Rgb(0x55, 0x62, 0x6b);
    private static final Rgb QR_INK = new Rgb(0x0c, 0x1f, 0x1e);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\p{Cc}]+");
    private static final Map<EncodeHintType, Object> QR_HINTS = qrHints();

    private final float pageWidth;
    private final float pageHeight;
    private final CertificateLogo logo;

    /** An A4 renderer with the bundled logo. */
    public CertificatePdfRenderer() {
        this(CertificateConfig.PageSize.A4, CertificateLogo.bundled());
    }

    /**
     * @param pageSize the paper size; the page is landscape and the layout follows its width and height
     * @param logo     the organisation's logo
     */
    public CertificatePdfRenderer(CertificateConfig.PageSize pageSize, CertificateLogo logo) {
        Objects.requireNonNull(pageSize, "pageSize");
        this.logo = Objects.requireNonNull(logo, "logo");
        PDRectangle portrait = pageSize == CertificateConfig.PageSize.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
        this.pageWidth = portrait.getHeight();
        this.pageHeight = portrait.getWidth();
        Fonts.parsed();
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
        FontFace regular = Fonts.REGULAR;
        FontFace bold = Fonts.BOLD;
        regular.requireDisplayable("organisation name", content.organisationHeading());
        bold.requireDisplayable("holder name", content.holderName());
        bold.requireDisplayable("course title", content.courseTitle());
        regular.requireDisplayable("course version", content.courseVersion());
        for (String competency : content.competencies()) {
            regular.requireDisplayable("competency", competency);
        }
        regular.requireDisplayable("instructor name", content.instructorName());
        bold.requireDisplayable("certificate code", content.displayCode());
        regular.requireDisplayable("verification URL", content.verificationUrl());

        try (PDDocument pdf = new PDDocument()) {
            List<String> texts = content.texts();
            boolean common = regular.commonCovers(texts) && bold.commonCovers(texts);
            PDType0Font regularFont = PDType0Font.load(pdf, common ? regular.common : regular.ttf, true);
            PDType0Font boldFont = PDType0Font.load(pdf, common ? bold.common : bold.ttf, true);

            PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
            pdf.addPage(page);
            PDImageXObject logoImage = logo.image(pdf);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                Layout layout = new Layout(cs, regularFont, boldFont);
                layout.drawFrame();
                layout.drawHeader(content, logoImage);
                layout.drawBody(content);
                layout.drawFooter(content);
            }
            describe(pdf, content);
            attach(pdf, content.attachments());

            ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
            pdf.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render certificate " + content.displayCode(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Page parts

    /** One page being drawn: the page's geometry, its fonts, and whether text is drawn or only measured. */
    private final class Layout {
        private final PDPageContentStream cs;
        private final PDFont regular;
        private final PDFont bold;
        private final float textWidth = pageWidth - 2 * TEXT_MARGIN;
        private final float qrLeft = pageWidth - FOOTER_MARGIN - QR_SIZE;
        /** Lines this wide, centred, pass to the left of the QR code at any height. */
        private final float narrowWidth = 2 * (qrLeft - QR_MAX_QUIET_ZONE - 12f - pageWidth / 2);
        private boolean drawing = true;

        Layout(PDPageContentStream cs, PDFont regular, PDFont bold) {
            this.cs = cs;
            this.regular = regular;
            this.bold = bold;
        }

        void drawFrame() throws IOException {
            TEAL.stroke(cs);
            cs.setLineWidth(2.5f);
            cs.addRect(22f, 22f, pageWidth - 44f, pageHeight - 44f);
            cs.stroke();
            TEAL_LIGHT.stroke(cs);
            cs.setLineWidth(0.75f);
            cs.addRect(29f, 29f, pageWidth - 58f, pageHeight - 58f);
            cs.stroke();
        }

        /** Logo at the top left, organisation name centred beside it, the heading and a short rule. */
        void drawHeader(Content c, PDImageXObject logoImage) throws IOException {
            float scale = Math.min(LOGO_MAX_WIDTH / logoImage.getWidth(), LOGO_MAX_HEIGHT / logoImage.getHeight());
            float logoWidth = logoImage.getWidth() * scale;
            float logoHeight = logoImage.getHeight() * scale;
            cs.drawImage(logoImage, LOGO_LEFT, pageHeight - LOGO_TOP_INSET - logoHeight, logoWidth, logoHeight);

            // Organisation, small capitals with generous tracking, clear of the logo on both sides
            String org = c.organisationHeading();
            float orgRoom = pageWidth - 2 * (LOGO_LEFT + logoWidth + 14f);
            float tracking = 2f;
            int letters = org.codePointCount(0, org.length());
            float orgSize = Math.max(6f, Math.min(11f, (orgRoom - tracking * letters) / unitWidth(regular, org)));
            float orgWidth = orgSize * unitWidth(regular, org) + tracking * (letters - 1);
            cs.setCharacterSpacing(tracking);
            text(regular, orgSize, TEAL, org, (pageWidth - orgWidth) / 2, pageHeight - 74f);
            cs.setCharacterSpacing(0f);

            String heading = "Certificate of Completion";
            float y = pageHeight - 122f;
            centred(bold, shrink(bold, heading, 34f, 20f, textWidth), TEAL, heading, y);

            y -= 20f;
            TEAL_LIGHT.stroke(cs);
            cs.setLineWidth(1f);
            cs.moveTo(pageWidth / 2 - 60f, y);
            cs.lineTo(pageWidth / 2 + 60f, y);
            cs.stroke();
        }

        /**
         * The holder, the course and what it covers, the dates and the instructor. Measured first; when the text
         * would run into the footer, the gaps between the parts shrink until it fits.
         */
        void drawBody(Content c) throws IOException {
            TextBlock name = fit(c.holderName(), "holder name", bold, NAME_SIZE, NAME_WRAPPED_MAX_SIZE, textWidth);
            TextBlock title = fit(c.courseTitle(), "course title", bold, TITLE_SIZE, TITLE_WRAPPED_MAX_SIZE, textWidth);
            List<String> competencies = competencyLines(c.competencies());

            float squeeze = 1f;
            drawing = false;
            while (!body(c, name, title, competencies, squeeze) && squeeze > MIN_SQUEEZE + 1e-3f) {
                squeeze -= SQUEEZE_STEP;
            }
            if (!body(c, name, title, competencies, squeeze)) {
                throw new IllegalArgumentException("The holder name, course title and competencies are together too "
                        + "long to fit on the certificate");
            }
            drawing = true;
            body(c, name, title, competencies, squeeze);
        }

        /** Lays out (or, when not {@link #drawing}, measures) the body; true if it stays clear of the footer. */
        private boolean body(Content c, TextBlock name, TextBlock title, List<String> competencies, float squeeze)
                throws IOException {
            float y = pageHeight - 142f - 34f * squeeze;
            centred(regular, 14f, MUTED, "This certifies that", y);

            y = drawBlock(name, bold, INK, y - 14f * 0.25f - 16f * squeeze);

            y -= name.size() * 0.25f + 14f * squeeze + 14f * 0.8f;
            centred(regular, 14f, MUTED, "has completed", y);

            y = drawBlock(title, bold, TEAL, y - 14f * 0.25f - 12f * squeeze);
            boolean clearOfQr = y - title.size() * 0.25f >= QR_BOTTOM + QR_SIZE + QR_MAX_QUIET_ZONE + QR_CLEARANCE;
            float descent = title.size() * 0.25f;

            if (!c.courseVersion().isEmpty()) {
                y -= descent + 8f * squeeze + 11f * 0.8f;
                String version = "Content version " + c.courseVersion();
                centred(regular, shrink(regular, version, 11f, 6f, narrowWidth), MUTED, version, y);
                descent = 11f * 0.25f;
            }

            if (!competencies.isEmpty()) {
                y -= descent + 16f * squeeze + 9f * 0.8f;
                String label = "COMPETENCIES: THE ALGEE ACTION PLAN";
                cs.setCharacterSpacing(drawing ? 1f : 0f);
                float labelWidth = 9f * unitWidth(regular, label) + (label.length() - 1);
                text(regular, 9f, TEAL, label, (pageWidth - labelWidth) / 2, y);
                cs.setCharacterSpacing(0f);
                y -= 9f * 0.25f + 3f;
                for (String line : competencies) {
                    y -= COMPETENCY_SIZE * 1.05f;
                    centred(regular, COMPETENCY_SIZE, INK, line, y);
                    y -= COMPETENCY_SIZE * 0.2f;
                }
                descent = COMPETENCY_SIZE * 0.05f;
            }

            String dates = "Issued " + DATE.format(c.issuedOn())
                    + (c.expiresOn() == null ? "" : "    Valid until " + DATE.format(c.expiresOn()));
            y -= descent + 20f * squeeze + 13f * 0.8f;
            centred(regular, shrink(regular, dates, 13f, 8f, narrowWidth), INK, dates, y);

            if (!c.instructorName().isEmpty()) {
                String instructor = "Instructor: " + c.instructorName();
                y -= 13f * 0.25f + 6f * squeeze + 11.5f * 0.8f;
                centred(regular, shrink(regular, instructor, 11.5f, 6f, narrowWidth), MUTED, instructor, y);
            }
            return clearOfQr && y >= LOWEST_BASELINE;
        }

        /** The competencies joined into centred lines as wide as the narrow column; an item is never split if it fits. */
        private List<String> competencyLines(List<String> items) throws IOException {
            float maxUnits = narrowWidth / COMPETENCY_SIZE;
            List<String> lines = new ArrayList<>();
            String line = "";
            for (String item : items) {
                String candidate = line.isEmpty() ? item : line + COMPETENCY_SEPARATOR + item;
                if (unitWidth(regular, candidate) <= maxUnits) {
                    line = candidate;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                List<String> wrapped = wrap(regular, item, COMPETENCY_SIZE, narrowWidth);
                lines.addAll(wrapped.subList(0, wrapped.size() - 1));
                line = wrapped.get(wrapped.size() - 1);
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            return lines;
        }

        void drawFooter(Content c) throws IOException {
            float qrRight = qrLeft + QR_SIZE;
            drawQr(cs, c.verificationUrl(), qrLeft, QR_BOTTOM, QR_SIZE);

            // The URL under the QR code: centred under it, or right-aligned with it when wider.
            String url = c.verificationUrl();
            float urlSize = shrink(regular, url, 7f, 4f, 260f);
            float urlWidth = urlSize * unitWidth(regular, url);
            float urlX = urlWidth <= QR_SIZE ? qrLeft + (QR_SIZE - urlWidth) / 2 : qrRight - urlWidth;
            text(regular, urlSize, MUTED, url, urlX, FOOTER_BASELINE);

            // Certificate code and "Verify at" at the bottom left, kept clear of the QR block.
            float leftWidth = Math.min(qrLeft, urlX) - 24f - FOOTER_MARGIN;
            text(regular, 9f, MUTED, "Certificate code", FOOTER_MARGIN, 120f);
            String code = c.displayCode();
            text(bold, shrink(bold, code, 16f, 8f, leftWidth), INK, code, FOOTER_MARGIN, 100f);
            String verify = "Verify at " + url;
            text(regular, shrink(regular, verify, 9f, 4f, leftWidth), MUTED, verify, FOOTER_MARGIN, FOOTER_BASELINE);
        }

        /** Draws the lines centred, the first baseline at {@code firstBaselineTop - size * 0.75}; returns the last baseline. */
        private float drawBlock(TextBlock block, PDFont font, Rgb colour, float firstBaselineTop) throws IOException {
            float y = firstBaselineTop - block.size() * 0.75f;
            for (int i = 0; i < block.lines().size(); i++) {
                if (i > 0) {
                    y -= block.size() * 1.2f;
                }
                centred(font, block.size(), colour, block.lines().get(i), y);
            }
            return y;
        }

        private void centred(PDFont font, float size, Rgb colour, String text, float y) throws IOException {
            if (!drawing) {
                return;
            }
            float width = size * unitWidth(font, text);
            text(font, size, colour, text, (pageWidth - width) / 2, y);
        }

        private void text(PDFont font, float size, Rgb colour, String text, float x, float y) throws IOException {
            if (!drawing) {
                return;
            }
            colour.fill(cs);
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(text);
            cs.endText();
        }
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

    /**
     * Embeds the files: each in the EmbeddedFiles name tree (what PDF readers list as attachments) and in the
     * catalogue's associated files ({@code /AF}), with its media type, size, dates and relationship to the document.
     */
    private static void attach(PDDocument pdf, List<CertificateDocument.Attachment> attachments) throws IOException {
        if (attachments.isEmpty()) {
            return;
        }
        GregorianCalendar now = new GregorianCalendar();
        Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
        COSArray associated = new COSArray();
        for (CertificateDocument.Attachment attachment : attachments) {
            PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(attachment.content()),
                    COSName.FLATE_DECODE);
            file.setSubtype(attachment.mimeType());
            file.setSize(attachment.content().length);
            file.setCreationDate(now);
            file.setModDate(now);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(attachment.fileName());
            spec.setFileUnicode(attachment.fileName());
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            if (attachment.description() != null) {
                spec.setFileDescription(attachment.description());
            }
            spec.getCOSObject().setName(COSName.AF_RELATIONSHIP, attachment.relationship());
            files.put(attachment.fileName(), spec);
            associated.add(spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(files);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        pdf.getDocumentCatalog().setNames(names);
        pdf.getDocumentCatalog().getCOSObject().setItem(COSName.AF, associated);
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
    private static TextBlock fit(String text, String field, PDFont font, float maxSize, float wrappedMaxSize,
            float width) throws IOException {
        float oneLine = width / unitWidth(font, text);
        if (oneLine >= MIN_FONT_SIZE) {
            return new TextBlock(List.of(text), Math.min(maxSize, oneLine));
        }
        for (int lines = 2; lines <= MAX_LINES; lines++) {
            for (float size = wrappedMaxSize; size >= MIN_FONT_SIZE; size -= 0.5f) {
                List<String> wrapped = wrap(font, text, size, width);
                if (wrapped.size() <= lines) {
                    return new TextBlock(wrapped, size);
                }
            }
        }
        throw new IllegalArgumentException("The " + field + " is too long to fit on the certificate ("
                + text.codePointCount(0, text.length()) + " characters)");
    }

    /** Greedy word wrap at the given size; a word wider than the column is broken between characters. */
    private static List<String> wrap(PDFont font, String text, float size, float width) throws IOException {
        float maxUnits = width / size;
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

    private static float shrink(PDFont font, String text, float maxSize, float minSize, float width)
            throws IOException {
        float units = unitWidth(font, text);
        return units <= 0 ? maxSize : Math.max(minSize, Math.min(maxSize, width / units));
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
        // one fixed mask (all eight are valid): choosing the best by penalty score was a tenth of a certificate's time
        hints.put(EncodeHintType.QR_MASK_PATTERN, 2);
        return Map.copyOf(hints);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Input

    /** The document's text, normalised for printing: NFC, runs of whitespace or control characters as one space. */
    private record Content(String holderName, String courseTitle, String courseVersion,
            LocalDate issuedOn, LocalDate expiresOn, String displayCode,
            String verificationUrl, String organisationName, List<String> competencies, String instructorName,
            List<CertificateDocument.Attachment> attachments) {

        static Content of(CertificateDocument d) {
            return new Content(required(d.holderName(), "holderName"), required(d.courseTitle(), "courseTitle"),
                    clean(d.courseVersion()),
                    Objects.requireNonNull(d.issuedOn(), "issuedOn is required"), d.expiresOn(),
                    required(d.displayCode(), "displayCode"), required(d.verificationUrl(), "verificationUrl"),
                    required(d.organisationName(), "organisationName"),
                    d.competencies().stream().map(Content::clean).filter(c -> !c.isEmpty()).toList(),
                    clean(d.instructorName()), d.attachments());
        }

        /** Every text the page shows that comes from the document. */
        List<String> texts() {
            List<String> texts = new ArrayList<>(List.of(holderName, courseTitle, courseVersion, displayCode,
                    verificationUrl, organisationHeading(), instructorName));
            texts.addAll(competencies);
            return texts;
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

    /** The two bundled fonts, parsed once per process on first use. */
    private static final class Fonts {
        static final FontFace REGULAR = FontFace.load("/fonts/DejaVuSans.ttf");
        static final FontFace BOLD = FontFace.load("/fonts/DejaVuSans-Bold.ttf");

        /** Loads this class, and so parses the fonts, now. */
        static void parsed() {
            // the static initialiser has run by the time this returns
        }
    }

    /**
     * A parsed TrueType font, shared by all renders; PDFBox fonts are made from it per document. Besides the whole
     * font it keeps a cut-down copy with only the characters of Latin, Greek and Cyrillic text (about a tenth of the
     * glyphs): PDFBox works through every glyph of a font it embeds before subsetting it, so certificates whose text
     * stays within these characters, nearly all of them, are made from the small copy, the rest from the whole font.
     */
    private static final class FontFace {
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

        private FontFace(TrueTypeFont ttf, TrueTypeFont common) throws IOException {
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

        static FontFace load(String resource) {
            try (InputStream in = CertificatePdfRenderer.class.getResourceAsStream(resource)) {
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
                return new FontFace(ttf, common);
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

    private record Rgb(int r, int g, int b) {
        void fill(PDPageContentStream cs) throws IOException {
            cs.setNonStrokingColor(r / 255f, g / 255f, b / 255f);
        }

        void stroke(PDPageContentStream cs) throws IOException {
            cs.setStrokingColor(r / 255f, g / 255f, b / 255f);
        }
    }
}
