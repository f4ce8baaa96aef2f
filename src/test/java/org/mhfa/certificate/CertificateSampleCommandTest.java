package org.mhfa.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateSampleCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CertificateSampleCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesASignedSampleThroughTheIssuingPath() throws Exception {
        Path pdf = dir.resolve("sample.pdf");
        assertEquals(0, run("--name", "Zoë Ångström", "--course", "community-crisis-support", "--out", pdf.toString()));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Zoë Ångström") && text.contains("Community Crisis Support"), text);
        }
        assertTrue(PdfSigner.verify(Files.readAllBytes(pdf)), "the sample is signed");
        Process pdfsig = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        String report = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        pdfsig.waitFor();
        assertTrue(report.contains("Signature is Valid."), report);
    }

    @Test
    void letterSizeWithAnInstructorAndTheCredentialEmbedded() throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        assertEquals(0, run("--name", "Анна Иванова", "--course", "community-crisis-support", "--out", pdf.toString(),
                "--page-size", "letter", "--instructor", "Priya Shah"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(792f, document.getPage(0).getMediaBox().getWidth(), 0.01f);
            assertEquals(612f, document.getPage(0).getMediaBox().getHeight(), 0.01f);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Instructor: Priya Shah") && text.contains("Listen non-judgementally"), text);
            assertTrue(document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .containsKey(CertificateAssembly.CREDENTIAL_JWT_FILE));
        }
    }

    @Test
    void badUseIsExplained() {
        assertEquals(2, run("--name", "A"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: certificate-sample"));
        assertEquals(1, run("--name", "A", "--course", "no-such-course", "--out", dir.resolve("x.pdf").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no course 'no-such-course'"));
        assertEquals(1, run("--name", "李小龍", "--course", "community-crisis-support", "--out", dir.resolve("y.pdf").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot be printed on the certificate"));
        assertTrue(Files.notExists(dir.resolve("y.pdf")));
        assertEquals(2, run("--name", "A", "--course", "community-crisis-support", "--out", dir.resolve("z.pdf").toString(),
                "--page-size", "A3"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown page size 'A3'"));
    }
}
