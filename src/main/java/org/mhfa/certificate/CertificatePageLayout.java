package org.mhfa.certificate;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.mhfa.certificate.TextFitting.TextBlock;

/** One certificate page being drawn: the page's geometry, its fonts, and whether text is drawn or only measured. */
final class CertificatePageLayout {

    /** The centred text column starts and ends this far from the page edges. */
    private static final float TEXT_MARGIN = 90f;
    /** Left and right edge of the footer (certificate code at the left, QR code at the right). */
    private static final float FOOTER_MARGIN = 72f;

    /** Width of the QR symbol itself; its white quiet zone of four modules lies around it. */
    private static final float QR_SIZE = 110f;
    /** The widest the quiet zone gets (a version 1 symbol has 21 modules; the URLs here give 25 or more). */
    private static final float QR_MAX_QUIET_ZONE = QR_SIZE * CertificateQrCode.QUIET_ZONE_MODULES / 25f;
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
    private static final float COMPETENCY_SIZE = 10.5f;
    private static final String COMPETENCY_SEPARATOR = "  ·  ";

    private static final CertificateColour TEAL = new CertificateColour(0x1f, 0x5f, 0x5b);
    private static final CertificateColour TEAL_LIGHT = new CertificateColour(0x8f, 0xb8, 0xb4);
    private static final CertificateColour INK = new CertificateColour(0x1c, 0x25, 0x2b);
    private static final CertificateColour MUTED = new CertificateColour(0x55, 0x62, 0x6b);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final PDPageContentStream cs;
    private final PDFont regular;
    private final PDFont bold;
    private final float pageWidth;
    private final float pageHeight;
    private final float textWidth;
    private final float qrLeft;
    /** Lines this wide, centred, pass to the left of the QR code at any height. */
    private final float narrowWidth;
    private boolean drawing = true;

    CertificatePageLayout(PDPageContentStream cs, PDFont regular, PDFont bold, float pageWidth, float pageHeight) {
        this.cs = cs;
        this.regular = regular;
        this.bold = bold;
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.textWidth = pageWidth - 2 * TEXT_MARGIN;
        this.qrLeft = pageWidth - FOOTER_MARGIN - QR_SIZE;
        this.narrowWidth = 2 * (qrLeft - QR_MAX_QUIET_ZONE - 12f - pageWidth / 2);
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
    void drawHeader(CertificateContent c, PDImageXObject logoImage) throws IOException {
        float scale = Math.min(LOGO_MAX_WIDTH / logoImage.getWidth(), LOGO_MAX_HEIGHT / logoImage.getHeight());
        float logoWidth = logoImage.getWidth() * scale;
        float logoHeight = logoImage.getHeight() * scale;
        cs.drawImage(logoImage, LOGO_LEFT, pageHeight - LOGO_TOP_INSET - logoHeight, logoWidth, logoHeight);

        // Organisation, small capitals with generous tracking, clear of the logo on both sides
        String org = c.organisationHeading();
        float orgRoom = pageWidth - 2 * (LOGO_LEFT + logoWidth + 14f);
        float tracking = 2f;
        int letters = org.codePointCount(0, org.length());
        float orgUnits = TextFitting.unitWidth(regular, org);
        float orgSize = Math.max(6f, Math.min(11f, (orgRoom - tracking * letters) / orgUnits));
        float orgWidth = orgSize * orgUnits + tracking * (letters - 1);
        cs.setCharacterSpacing(tracking);
        text(regular, orgSize, TEAL, org, (pageWidth - orgWidth) / 2, pageHeight - 74f);
        cs.setCharacterSpacing(0f);

        String heading = "Certificate of Completion";
        float y = pageHeight - 122f;
        centred(bold, TextFitting.shrink(bold, heading, 34f, 20f, textWidth), TEAL, heading, y);

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
    void drawBody(CertificateContent c) throws IOException {
        TextBlock name = TextFitting.fit(c.holderName(), "holder name", bold, NAME_SIZE, NAME_WRAPPED_MAX_SIZE,
                textWidth);
        TextBlock title = TextFitting.fit(c.courseTitle(), "course title", bold, TITLE_SIZE, TITLE_WRAPPED_MAX_SIZE,
                textWidth);
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
    private boolean body(CertificateContent c, TextBlock name, TextBlock title, List<String> competencies,
            float squeeze) throws IOException {
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
            centred(regular, TextFitting.shrink(regular, version, 11f, 6f, narrowWidth), MUTED, version, y);
            descent = 11f * 0.25f;
        }

        if (!competencies.isEmpty()) {
            y -= descent + 16f * squeeze + 9f * 0.8f;
            String label = "COMPETENCIES: THE ALGEE ACTION PLAN";
            cs.setCharacterSpacing(drawing ? 1f : 0f);
            float labelWidth = 9f * TextFitting.unitWidth(regular, label) + (label.length() - 1);
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
        centred(regular, TextFitting.shrink(regular, dates, 13f, 8f, narrowWidth), INK, dates, y);

        if (!c.instructorName().isEmpty()) {
            String instructor = "Instructor: " + c.instructorName();
            y -= 13f * 0.25f + 6f * squeeze + 11.5f * 0.8f;
            centred(regular, TextFitting.shrink(regular, instructor, 11.5f, 6f, narrowWidth), MUTED, instructor, y);
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
            if (TextFitting.unitWidth(regular, candidate) <= maxUnits) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            List<String> wrapped = TextFitting.wrap(regular, item, COMPETENCY_SIZE, narrowWidth);
            lines.addAll(wrapped.subList(0, wrapped.size() - 1));
            line = wrapped.get(wrapped.size() - 1);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    void drawFooter(CertificateContent c) throws IOException {
        float qrRight = qrLeft + QR_SIZE;
        CertificateQrCode.draw(cs, c.verificationUrl(), qrLeft, QR_BOTTOM, QR_SIZE);

        // The URL under the QR code: centred under it, or right-aligned with it when wider.
        String url = c.verificationUrl();
        float urlSize = TextFitting.shrink(regular, url, 7f, 4f, 260f);
        float urlWidth = urlSize * TextFitting.unitWidth(regular, url);
        float urlX = urlWidth <= QR_SIZE ? qrLeft + (QR_SIZE - urlWidth) / 2 : qrRight - urlWidth;
        text(regular, urlSize, MUTED, url, urlX, FOOTER_BASELINE);

        // Certificate code and "Verify at" at the bottom left, kept clear of the QR block.
        float leftWidth = Math.min(qrLeft, urlX) - 24f - FOOTER_MARGIN;
        text(regular, 9f, MUTED, "Certificate code", FOOTER_MARGIN, 120f);
        String code = c.displayCode();
        text(bold, TextFitting.shrink(bold, code, 16f, 8f, leftWidth), INK, code, FOOTER_MARGIN, 100f);
        String verify = "Verify at " + url;
        float verifySize = TextFitting.shrink(regular, verify, 9f, 4f, leftWidth);
        text(regular, verifySize, MUTED, verify, FOOTER_MARGIN, FOOTER_BASELINE);
    }

    /** Draws the lines centred, the first baseline at {@code firstBaselineTop - size * 0.75}; returns the last baseline. */
    private float drawBlock(TextBlock block, PDFont font, CertificateColour colour, float firstBaselineTop)
            throws IOException {
        float y = firstBaselineTop - block.size() * 0.75f;
        for (int i = 0; i < block.lines().size(); i++) {
            if (i > 0) {
                y -= block.size() * 1.2f;
            }
            centred(font, block.size(), colour, block.lines().get(i), y);
        }
        return y;
    }

    private void centred(PDFont font, float size, CertificateColour colour, String text, float y) throws IOException {
        if (!drawing) {
            return;
        }
        float width = size * TextFitting.unitWidth(font, text);
        text(font, size, colour, text, (pageWidth - width) / 2, y);
    }

    private void text(PDFont font, float size, CertificateColour colour, String text, float x, float y)
            throws IOException {
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
