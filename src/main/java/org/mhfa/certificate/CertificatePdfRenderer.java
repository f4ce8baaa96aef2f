package org.mhfa.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

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
 *
 * <p>The page itself is drawn by {@link CertificatePageLayout}, the QR code by {@link CertificateQrCode}, the fonts
 * come from {@link CertificateFonts}, and {@link CertificatePdfMetadata} describes the document and embeds its files.
 */
public class CertificatePdfRenderer {

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
        CertificateFonts.parsed();
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
        CertificateContent content = CertificateContent.of(document);
        // Check the text before doing any PDF work: fail fast with a clear message instead of drawing boxes.
        CertificateFontFace regular = CertificateFonts.REGULAR;
        CertificateFontFace bold = CertificateFonts.BOLD;
        requireDisplayable(content, regular, bold);

        try (PDDocument pdf = new PDDocument()) {
            List<String> texts = content.texts();
            boolean common = regular.commonCovers(texts) && bold.commonCovers(texts);
            PDType0Font regularFont = PDType0Font.load(pdf, common ? regular.common : regular.ttf, true);
            PDType0Font boldFont = PDType0Font.load(pdf, common ? bold.common : bold.ttf, true);

            PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
            pdf.addPage(page);
            PDImageXObject logoImage = logo.image(pdf);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                CertificatePageLayout layout =
                        new CertificatePageLayout(cs, regularFont, boldFont, pageWidth, pageHeight);
                layout.drawFrame();
                layout.drawHeader(content, logoImage);
                layout.drawBody(content);
                layout.drawFooter(content);
            }
            CertificatePdfMetadata.describe(pdf, content);
            CertificatePdfMetadata.attach(pdf, content.attachments());

            ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
            pdf.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render certificate " + content.displayCode(), e);
        }
    }

    /** Throws if some text of the certificate has characters the font it is set in cannot display. */
    private static void requireDisplayable(CertificateContent content, CertificateFontFace regular,
            CertificateFontFace bold) {
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
    }
}
