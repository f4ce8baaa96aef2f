package org.mhfa.verification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mhfa.verification.UploadRefusedException.Reason;

/** The limits on reading an uploaded PDF, without HTTP: the bounded output, the budget and the bounded parser. */
class UploadBudgetTest {

    private static final long MB = 1024 * 1024;
    private static final UploadLimits DEFAULTS = new UploadLimits(8 * MB, 32 * MB, 5000, 500, Duration.ofSeconds(5));

    private static COSStream stream(byte[] encoded, COSName filter) {
        COSStream stream = new COSStream();
        try (var out = stream.createRawOutputStream()) {
            out.write(encoded);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (filter != null) {
            stream.setItem(COSName.FILTER, filter);
        }
        return stream;
    }

    @Test
    void theBoundedOutputKeepsWhatFitsAndThrowsOnTheWriteThatWouldPassItsLimit() throws IOException {
        BoundedOutput out = new BoundedOutput(5, true, () -> { });
        out.write("abc".getBytes(StandardCharsets.US_ASCII));
        assertThrows(BoundedOutput.LimitExceeded.class, () -> out.write("def".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(out.exceeded());
        assertEquals(3, out.count());
        assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII), out.bytes());
        assertThrows(BoundedOutput.LimitExceeded.class, () -> out.write('g'), "stays refused once over");
    }

    @Test
    void aStreamThatInflatesFarPastTheLimitIsRefusedAfterUnpackingNoMoreThanTheLimit() {
        byte[] bomb = PdfBombs.deflated(PdfBombs.FIFTY_MB, (byte) 0);
        assertTrue(bomb.length < 100 * 1024, "50 MB of zeros deflate to " + bomb.length + " bytes");
        UploadBudget budget = new UploadBudget(DEFAULTS);
        long started = System.nanoTime();
        UploadRefusedException refused = assertThrows(UploadRefusedException.class,
                () -> budget.measure(stream(bomb, COSName.FLATE_DECODE)));
        assertEquals(Reason.TOO_LARGE, refused.reason());
        assertTrue(budget.decodedBytes() <= 8 * MB, "unpacked " + budget.decodedBytes() + " bytes of 50 MB");
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(2).toNanos(), "stopped quickly");
        assertThrows(UploadRefusedException.class, budget::verify, "the refusal is remembered");
    }

    @Test
    void filtersChainedTwiceAreMeasuredStageByStage() {
        COSStream stream = stream(PdfBombs.deflate(PdfBombs.deflated(PdfBombs.FIFTY_MB, (byte) ' ')), null);
        org.apache.pdfbox.cos.COSArray filters = new org.apache.pdfbox.cos.COSArray();
        filters.add(COSName.FLATE_DECODE);
        filters.add(COSName.FLATE_DECODE);
        stream.setItem(COSName.FILTER, filters);
        UploadBudget budget = new UploadBudget(DEFAULTS);
        assertEquals(Reason.TOO_LARGE, assertThrows(UploadRefusedException.class, () -> budget.measure(stream)).reason());
    }

    @Test
    void streamsEachUnderTheLimitAreRefusedTogetherPastTheTotal() {
        UploadBudget budget = new UploadBudget(new UploadLimits(8 * MB, 20 * MB, 5000, 500, Duration.ofSeconds(5)));
        byte[] sevenMegabytes = PdfBombs.deflated(7 * MB, (byte) 0);
        budget.measure(stream(sevenMegabytes, COSName.FLATE_DECODE));
        budget.measure(stream(sevenMegabytes, COSName.FLATE_DECODE));
        assertEquals(Reason.TOO_LARGE, assertThrows(UploadRefusedException.class,
                () -> budget.measure(stream(sevenMegabytes, COSName.FLATE_DECODE))).reason());
        assertTrue(budget.decodedBytes() <= 20 * MB);
    }

    @Test
    void readingPassesOverContentLargerThanAskedWithoutRefusingTheUpload() {
        UploadBudget budget = new UploadBudget(DEFAULTS);
        byte[] credential = "{\"jti\":\"https://mhfa.example/credentials/X\"}".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(credential, budget.read(stream(PdfBombs.deflate(credential), COSName.FLATE_DECODE), 256 * 1024).orElseThrow());
        assertEquals(Optional.empty(), budget.read(stream(PdfBombs.deflated(MB, (byte) 'x'), COSName.FLATE_DECODE), 256 * 1024));
        assertTrue(budget.decodedBytes() <= 256 * 1024 + credential.length);
        budget.verify();
    }

    @Test
    void tooManyStreamsOrObjectsAndTheClockAreRefusedAsTooComplex() {
        UploadBudget streams = new UploadBudget(new UploadLimits(8 * MB, 32 * MB, 5000, 2, Duration.ofSeconds(5)));
        streams.measure(stream(new byte[10], null));
        streams.measure(stream(new byte[10], null));
        assertEquals(Reason.TOO_COMPLEX, assertThrows(UploadRefusedException.class, () -> streams.measure(stream(new byte[10], null))).reason());

        UploadBudget objects = new UploadBudget(new UploadLimits(8 * MB, 32 * MB, 1, 500, Duration.ofSeconds(5)));
        objects.countObject();
        assertEquals(Reason.TOO_COMPLEX, assertThrows(UploadRefusedException.class, objects::countObject).reason());

        UploadBudget late = new UploadBudget(new UploadLimits(8 * MB, 32 * MB, 5000, 500, Duration.ZERO));
        assertEquals(Reason.TOO_COMPLEX, assertThrows(UploadRefusedException.class, late::checkTime).reason());
    }

    @Test
    void aPredictorRowWiderThanTheLimitIsRefusedBeforePdfBoxAllocatesIt() {
        COSStream stream = stream(PdfBombs.deflate(new byte[16]), COSName.FLATE_DECODE);
        COSDictionary parameters = new COSDictionary();
        parameters.setInt(COSName.PREDICTOR, 12);
        parameters.setInt(COSName.COLUMNS, 1_000_000_000);
        parameters.setInt(COSName.COLORS, 32);
        stream.setItem(COSName.DECODE_PARMS, parameters);
        assertEquals(Reason.TOO_LARGE, assertThrows(UploadRefusedException.class, () -> new UploadBudget(DEFAULTS).measure(stream)).reason());
    }

    @Test
    void anUnknownFilterIsUnreadable() {
        assertEquals(Reason.UNREADABLE, assertThrows(UploadRefusedException.class,
                () -> new UploadBudget(DEFAULTS).measure(stream(new byte[10], COSName.getPDFName("NoSuchDecode")))).reason());
    }

    @Test
    void anOrdinaryPdfWithObjectStreamsLoadsAndReadsWithinTheDefaults() throws IOException {
        UploadBudget budget = new UploadBudget(DEFAULTS);
        try (PDDocument document = BoundedPdfParser.load(PdfBombs.ordinary(), budget)) {
            assertEquals("Holiday photos", document.getDocumentInformation().getTitle());
            assertEquals(1, document.getNumberOfPages());
            new PDFTextStripper().getText(document);
        }
        budget.verify();
    }

    @Test
    void aPageContentBombIsRefusedWhenThePageIsRead() throws IOException {
        for (byte[] pdf : new byte[][] {PdfBombs.pageContentBomb(), PdfBombs.doublyDeflatedPageBomb()}) {
            UploadBudget budget = new UploadBudget(DEFAULTS);
            try (PDDocument document = BoundedPdfParser.load(pdf, budget)) {
                assertThrows(UploadRefusedException.class, () -> new PDFTextStripper().getText(document));
            }
            assertEquals(Reason.TOO_LARGE, assertThrows(UploadRefusedException.class, budget::verify).reason());
            assertTrue(budget.decodedBytes() <= 16 * MB);
        }
    }

    @Test
    void anAttachmentBombIsRefusedWhenItIsParsed() throws IOException {
        UploadBudget budget = new UploadBudget(DEFAULTS);
        try (PDDocument document = BoundedPdfParser.load(PdfBombs.embeddedFileBomb(), budget)) {
            var files = document.getDocumentCatalog().getNames().getEmbeddedFiles();
            assertThrows(UploadRefusedException.class, () -> files.getNames().get("credential.json").getEmbeddedFile());
        }
        assertEquals(Reason.TOO_LARGE, assertThrows(UploadRefusedException.class, budget::verify).reason());
    }

    @Test
    void anObjectStreamBombIsRefusedBeforePdfBoxUnpacksIt() throws IOException {
        UploadBudget budget = new UploadBudget(DEFAULTS);
        try (PDDocument document = BoundedPdfParser.load(PdfBombs.objectStreamBomb(), budget)) {
            assertThrows(UploadRefusedException.class, document::getNumberOfPages);
        } catch (UploadRefusedException e) {
            assertEquals(Reason.TOO_LARGE, e.reason());
        }
        assertEquals(Reason.TOO_LARGE, assertThrows(UploadRefusedException.class, budget::verify).reason());
        assertTrue(budget.decodedBytes() <= 8 * MB + 1024);
    }

    @Test
    void aCrossReferenceStreamBombIsRefusedWhileLoading() {
        UploadBudget budget = new UploadBudget(DEFAULTS);
        assertEquals(Reason.TOO_LARGE, assertThrows(UploadRefusedException.class,
                () -> BoundedPdfParser.load(PdfBombs.xrefStreamBomb(), budget)).reason());
    }

    @Test
    void anEncryptedFileIsRefused() throws IOException {
        byte[] encrypted;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            document.protect(policy);
            document.save(out);
            encrypted = out.toByteArray();
        }
        assertEquals(Reason.ENCRYPTED, assertThrows(UploadRefusedException.class,
                () -> BoundedPdfParser.load(encrypted, new UploadBudget(DEFAULTS))).reason());
    }

    @Test
    void theBombsReallyAreSmallFiles() {
        assertFalse(PdfBombs.embeddedFileBomb().length > 200 * 1024);
        assertFalse(PdfBombs.objectStreamBomb().length > 200 * 1024);
    }
}
