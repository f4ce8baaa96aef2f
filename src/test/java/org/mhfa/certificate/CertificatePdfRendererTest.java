package org.mhfa.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class CertificatePdfRendererTest {

    private static final String URL = "https://training.example.org/verify/MHFA-7K3Q-9XPL";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static CertificatePdfRenderer renderer;

    @BeforeAll
    static void createRenderer() {
        renderer = new CertificatePdfRenderer();
    }

    private static CertificateDocument certificate(String holderName) {
        return certificate(holderName, "Mental Health First Aid for Workplaces");
    }

    private static CertificateDocument certificate(String holderName, String courseTitle) {
        return new CertificateDocument(holderName, courseTitle, "2026.1",
                LocalDate.of(2026, 3, 1), LocalDate.of(2029, 3, 1), "MHFA-7K3Q-9XPL", URL,
                "Mental Health First Aid Training");
    }

    /** The page text with every run of whitespace (including line breaks) as one space. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            return WHITESPACE.matcher(new PDFTextStripper().getText(document)).replaceAll(" ");
        }
    }

    private static void assertContains(String haystack, String needle) {
        assertTrue(haystack.contains(needle), () -> "expected <" + needle + "> in <" + haystack + ">");
    }

    @Test
    void pageShowsTheCertificateText() throws IOException {
        byte[] pdf = renderer.render(certificate("Alex Morgan"));

        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
        String text = text(pdf);
        assertContains(text, "Mental Health First Aid for Workplaces");
        assertContains(text, "Alex Morgan");
        assertContains(text, "Certificate of Completion");
        assertContains(text, "MHFA-7K3Q-9XPL");
        assertContains(text, "Issued 1 March 2026");
        assertContains(text, "Valid until 1 March 2029");
        assertContains(text, "Content version 2026.1");
        assertContains(text, "Verify at " + URL);
    }

    @Test
    void pageIsA4LandscapeWithDocumentInformation() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(certificate("Alex Morgan")))) {
            PDPage page = document.getPage(0);
            assertEquals(841.89f, page.getMediaBox().getWidth(), 0.01f);
            assertEquals(595.28f, page.getMediaBox().getHeight(), 0.01f);

            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("Certificate MHFA-7K3Q-9XPL", info.getTitle());
            assertEquals("Mental Health First Aid Training", info.getAuthor());
            assertEquals("Mental Health First Aid for Workplaces", info.getSubject());
            assertNotNull(info.getCreationDate());
        }
    }

    @Test
    void qrCodeDecodesToTheVerificationUrl() throws Exception {
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(renderer.render(certificate("Alex Morgan")))) {
            image = new PDFRenderer(document).renderImageWithDPI(0, 150);
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        assertEquals(URL, result.getText());
    }

    @Test
    void namesInLatinWithDiacriticsGreekAndCyrillicReadBackExactly() throws IOException {
        for (String name : new String[] {"Zoë Ångström-Łukasiewicz", "Γιώργος Παπαδόπουλος", "Анна Иванова"}) {
            assertContains(text(renderer.render(certificate(name))), name);
        }
    }

    @Test
    void namesWithLetterPairsTheFontSubstitutesRenderAndReadBackExactly() throws IOException {
        // the font's substitution table joins "hh", "hk" and "hn" (and others) into glyphs of their own; the cut-down
        // copy once kept that table with the whole font's glyph ids, so such names could not be issued
        for (String name : new String[] {"Morag Lochhead-Buchholz", "Jürgen Kuhn Sohkey", "Effie Shuffle Lochhead ✓"}) {
            assertContains(text(renderer.render(certificate(name))), name);
        }
    }

    @Test
    void nameTheFontCannotShowIsRejectedNamingTheCharacters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> renderer.render(certificate("Bruce 李小龍 Lee")));
        assertContains(e.getMessage(), "holder name");
        for (String character : new String[] {"李", "小", "龍"}) {
            assertContains(e.getMessage(), character);
        }
        assertContains(e.getMessage(), "U+674E");
    }

    @Test
    void longNameShrinksAndWrapsInsteadOfOverflowing() throws IOException {
        String name = "Maximiliana Alexandrina Konstantinopoulou-Wolfeschlegelsteinhausen "
                + "Bartholomew-Featherstonehaugh de la Cruz y Smithfield";
        assertEquals(120, name.length());

        String text = text(renderer.render(certificate(name)));
        assertContains(text, name);
    }

    @Test
    void longCourseTitleFits() throws IOException {
        String title = "Mental Health First Aid for Line Managers, Team Leaders and Supervisors in Hybrid, Remote and "
                + "Shift-Based Workplaces: Recognising, Responding and Referring";
        String text = text(renderer.render(certificate("Alex Morgan", title)));
        assertContains(text, title);
    }

    @Test
    void rendersConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String name = "Learner Number " + i;
                results.add(pool.submit(() -> text(renderer.render(certificate(name)))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertContains(results.get(i).get(30, TimeUnit.SECONDS), "Learner Number " + i + " ");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fontsAreEmbeddedAsSubsets() throws IOException {
        byte[] pdf = renderer.render(certificate("Alex Morgan"));
        assertTrue(pdf.length < 100 * 1024, "PDF is " + pdf.length + " bytes");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            int fonts = 0;
            for (COSName fontName : resources.getFontNames()) {
                PDFont font = resources.getFont(fontName);
                PDType0Font type0 = assertInstanceOf(PDType0Font.class, font);
                assertTrue(type0.isEmbedded());
                String baseFont = type0.getDescendantFont().getName();
                assertTrue(baseFont.matches("[A-Z]{6}\\+DejaVuSans.*"), baseFont);
                fonts++;
            }
            assertEquals(2, fonts);
        }
    }

    private static CertificateDocument fullCertificate(String holderName, String courseTitle) {
        return new CertificateDocument(holderName, courseTitle, "2026.1", LocalDate.of(2026, 3, 1),
                LocalDate.of(2029, 3, 1), "MHFA-7K3Q-9XPL", URL, "Mental Health First Aid Training",
                List.of("Approach and assess for risk", "Listen non-judgementally", "Give support and information",
                        "Encourage professional help", "Encourage other supports"),
                "Priya Shah", List.of(new CertificateDocument.Attachment("note.json", "application/json", "Data",
                        "a note", "{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void bothPageSizesAreLandscapeAndShowCompetenciesInstructorCourseAndVersion() throws IOException {
        String longName = "Maximiliana Alexandrina Konstantinopoulou-Wolfeschlegelsteinhausen "
                + "Bartholomew-Featherstonehaugh de la Cruz y Smithfield";
        String longTitle = "Mental Health First Aid for Line Managers, Team Leaders and Supervisors in Hybrid, Remote and "
                + "Shift-Based Workplaces: Recognising, Responding and Referring";
        Map<CertificateConfig.PageSize, float[]> sizes = Map.of(CertificateConfig.PageSize.A4, new float[] {841.89f, 595.28f},
                CertificateConfig.PageSize.LETTER, new float[] {792f, 612f});
        for (CertificateConfig.PageSize size : CertificateConfig.PageSize.values()) {
            CertificatePdfRenderer sized = new CertificatePdfRenderer(size, CertificateLogo.bundled());
            for (CertificateDocument document : List.of(fullCertificate("Alex Morgan", "Mental Health First Aid"),
                    fullCertificate(longName, longTitle))) {
                byte[] pdf = sized.render(document);
                try (PDDocument loaded = Loader.loadPDF(pdf)) {
                    assertEquals(sizes.get(size)[0], loaded.getPage(0).getMediaBox().getWidth(), 0.01f, size.name());
                    assertEquals(sizes.get(size)[1], loaded.getPage(0).getMediaBox().getHeight(), 0.01f, size.name());
                }
                String text = text(pdf);
                assertContains(text, document.holderName());
                assertContains(text, document.courseTitle());
                assertContains(text, "Content version 2026.1");
                for (String competency : document.competencies()) {
                    assertContains(text, competency);
                }
                assertContains(text, "Instructor: Priya Shah");
                assertContains(text, "Valid until 1 March 2029");
                assertContains(text, "MHFA-7K3Q-9XPL");
            }
        }
    }

    @Test
    void withoutInstructorOrCompetenciesThoseLinesAreLeftOut() throws IOException {
        String text = text(renderer.render(certificate("Alex Morgan")));
        assertTrue(!text.contains("Instructor") && !text.contains("COMPETENCIES"), text);
    }

    @Test
    void attachmentsAreEmbeddedWithMediaTypeAndRelationship() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(fullCertificate("Alex Morgan", "MHFA")))) {
            var spec = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get("note.json");
            assertEquals("application/json", spec.getEmbeddedFile().getSubtype());
            assertEquals("Data", spec.getCOSObject().getNameAsString(COSName.AF_RELATIONSHIP));
            assertEquals("{\"a\":1}", new String(spec.getEmbeddedFile().toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(1, document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF).size());
        }
    }

    @Test
    void theBundledLogoIsPrintedAsAnImageWithTransparency() throws IOException {
        PDImageXObject logo = onlyImage(renderer.render(certificate("Alex Morgan")));
        assertEquals(240, logo.getWidth());
        assertEquals(240, logo.getHeight());
        assertTrue(logo.getCOSObject().containsKey(COSName.SMASK), "transparent parts through a soft mask");
    }

    @Test
    void aConfiguredLogoFileAndPageSizeAreUsed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        for (String format : new String[] {"png", "jpg"}) {
            BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(new java.awt.Color(0xc0, 0x30, 0x30));
            g.fillRect(0, 0, 37, 23);
            g.dispose();
            java.nio.file.Path file = dir.resolve("logo." + format);
            assertTrue(javax.imageio.ImageIO.write(image, format, file.toFile()));

            CertificatePdfRenderer configured = new CertificateRendering().renderer(config(CertificateConfig.PageSize.LETTER,
                    file.toString()));
            byte[] pdf = configured.render(certificate("Alex Morgan"));
            PDImageXObject logo = onlyImage(pdf);
            assertEquals(37, logo.getWidth(), format);
            assertEquals(23, logo.getHeight(), format);
            assertTrue(!logo.getCOSObject().containsKey(COSName.SMASK), "an opaque logo needs no mask");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertEquals(792f, document.getPage(0).getMediaBox().getWidth(), 0.01f);
            }
        }
    }

    @Test
    void aLogoThatIsNotAPngOrJpegIsRefusedAtStart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("logo.svg"), "<svg/>");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CertificateRendering().renderer(config(CertificateConfig.PageSize.A4, file.toString())));
        assertContains(e.getMessage(), "not a PNG or JPEG");
        assertThrows(IllegalArgumentException.class,
                () -> new CertificateRendering().renderer(config(CertificateConfig.PageSize.A4, dir.resolve("missing.png").toString())));
    }

    private static PDImageXObject onlyImage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertEquals(1, images.size());
            return images.get(0);
        }
    }

    private static CertificateConfig config(CertificateConfig.PageSize pageSize, String logo) {
        return new CertificateConfig() {
            @Override
            public int expiringSoonDays() {
                return 90;
            }

            @Override
            public Signing signing() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Reminders reminders() {
                throw new UnsupportedOperationException();
            }

            @Override
            public PageSize pageSize() {
                return pageSize;
            }

            @Override
            public java.util.Optional<String> logo() {
                return java.util.Optional.ofNullable(logo);
            }

            @Override
            public String holderNamePepper() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
