package org.mhfa.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSignerTest {

    private static final String HOLDER = "Zoë Ångström-Papadopoulou";

    @TempDir
    static Path dir;

    private static CertificatePdfRenderer renderer;
    private static SigningKeys keys;
    private static PdfSigner signer;
    private static byte[] unsigned;
    private static byte[] signed;

    @BeforeAll
    static void signCertificate() {
        renderer = new CertificatePdfRenderer();
        keys = SigningKeys.developmentKey(dir.resolve("keys/signing.p12"));
        signer = new PdfSigner(keys, "Mental Health First Aid Training", "training.example.org",
                "Certificate of completion");
        unsigned = renderer.render(certificate(HOLDER));
        signed = signer.sign(unsigned);
    }

    private static CertificateDocument certificate(String holderName) {
        return new CertificateDocument(holderName, "Mental Health First Aid for Workplaces", "2026.1",
                LocalDate.of(2026, 3, 1), LocalDate.of(2029, 3, 1), "MHFA-7K3Q-9XPL",
                "https://training.example.org/verify/MHFA-7K3Q-9XPL", "Mental Health First Aid Training");
    }

    @Test
    void pdfsigFindsTheSignatureValid() throws Exception {
        String report = pdfsig(write("signed.pdf", signed));

        assertTrue(report.contains("Signature Type: ETSI.CAdES.detached"), report);
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        assertTrue(report.contains("Total document signed"), report);
        assertTrue(report.contains("MHFA Training development signing key"), report);
    }

    @Test
    void pdfsigFindsATamperedFileInvalid() throws Exception {
        String report = pdfsig(write("tampered.pdf", tamperPageContent(signed)));

        assertTrue(report.contains("Signature Validation:"), report);
        assertFalse(report.contains("Signature is Valid."), report);
        assertTrue(report.contains("Digest Mismatch") || report.contains("Signature is Invalid"), report);
    }

    @Test
    void verifyAcceptsOnlyAnIntactSignature() throws Exception {
        assertTrue(PdfSigner.verify(signed));
        assertFalse(PdfSigner.verify(tamperPageContent(signed)));
        assertFalse(PdfSigner.verify(tamperSignatureValue(signed)));
        assertFalse(PdfSigner.verify(unsigned));
        assertFalse(PdfSigner.verify(appendToEnd(signed)));
        assertFalse(PdfSigner.verify("not a PDF".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(PdfSigner.verify(new byte[0]));
    }

    @Test
    void verifyWithACertificateChecksTheSigner() {
        SigningKeys other = SigningKeys.developmentKey(dir.resolve("other/signing.p12"));

        assertTrue(PdfSigner.verify(signed, keys.certificate()));
        assertFalse(PdfSigner.verify(signed, other.certificate()));
        assertFalse(PdfSigner.verify(tamperPageContent(signed), keys.certificate()));
    }

    @Test
    void signatureIsPadesBaselineB() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertEquals("Adobe.PPKLite", signature.getFilter());
            assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
            assertNotNull(signature.getSignDate());

            AttributeTable attributes = signedAttributes(signature.getContents(signed));
            assertNull(attributes.get(CMSAttributes.signingTime));
            SigningCertificateV2 essCertificate = SigningCertificateV2.getInstance(
                    attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0));
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(keys.certificate().getEncoded());
            assertArrayEquals(hash, essCertificate.getCerts()[0].getCertHash());
        }
    }

    @Test
    void signedPdfStillReadsBack() throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(HOLDER), text);
        }
        assertArrayEquals(unsigned, Arrays.copyOf(signed, unsigned.length), "incremental update");
    }

    @Test
    void developmentKeyIsReusedFromItsFile() throws IOException {
        Path file = dir.resolve("reuse/nested/dev.p12");

        SigningKeys first = SigningKeys.developmentKey(file);
        SigningKeys second = SigningKeys.developmentKey(file);

        assertEquals(first.certificate(), second.certificate());
        assertEquals(first.privateKey(), second.privateKey());
        assertEquals("CN=MHFA Training development signing key, O=Development only",
                first.certificate().getSubjectX500Principal().getName("RFC1779"));
        assertTrue(first.certificate().getKeyUsage()[0] && first.certificate().getKeyUsage()[1]);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(first.certificate(),
                SigningKeys.fromPkcs12(file, "development".toCharArray(), null).certificate());
    }

    @Test
    void unreadableKeystoreNamesTheFile() throws IOException {
        Path missing = dir.resolve("missing.p12");
        Path corrupt = write("corrupt.p12", "not a keystore".getBytes(StandardCharsets.US_ASCII));
        Path file = dir.resolve("password/dev.p12");
        SigningKeys.developmentKey(file);

        assertMessageNames(missing, () -> SigningKeys.fromPkcs12(missing, "x".toCharArray(), null));
        assertMessageNames(corrupt, () -> SigningKeys.fromPkcs12(corrupt, "x".toCharArray(), null));
        assertMessageNames(corrupt, () -> SigningKeys.developmentKey(corrupt));
        assertMessageNames(file, () -> SigningKeys.fromPkcs12(file, "wrong".toCharArray(), null));
        assertMessageNames(file, () -> SigningKeys.fromPkcs12(file, "development".toCharArray(), "nope"));
    }

    @Test
    void signsConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<byte[]>> tasks = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                CertificateDocument document = certificate("Learner No. " + (100 + i));
                tasks.add(() -> signer.sign(renderer.render(document)));
            }
            List<Future<byte[]>> results = pool.invokeAll(tasks, 2, TimeUnit.MINUTES);
            for (int i = 0; i < results.size(); i++) {
                byte[] pdf = results.get(i).get();
                assertTrue(PdfSigner.verify(pdf, keys.certificate()), "certificate " + i);
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    assertTrue(new PDFTextStripper().getText(document).contains("Learner No. " + (100 + i)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertMessageNames(Path file, Runnable action) {
        IllegalStateException e = assertThrows(IllegalStateException.class, action::run);
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    private static AttributeTable signedAttributes(byte[] contents) throws Exception {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            CMSSignedData cms = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
            return cms.getSignerInfos().getSigners().iterator().next().getSignedAttributes();
        }
    }

    /** A copy with one byte flipped in the middle of the page's content stream, inside the first signed range. */
    private static byte[] tamperPageContent(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSStream content = (COSStream) document.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS);
            long objectOffset = document.getDocument().getXrefTable().get(content.getKey());
            int dataStart = indexOf(pdf, "stream", (int) objectOffset) + "stream".length() + 1;
            int position = dataStart + (int) (content.getLength() / 2);
            assertTrue(position < document.getLastSignatureDictionary().getByteRange()[1]);
            return flip(pdf, position);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A copy with one hex digit of the CMS changed (in the signature value near the end of the CMS). */
    private static byte[] tamperSignatureValue(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int[] range = document.getLastSignatureDictionary().getByteRange();
            int cmsLength = signatureLength(document.getLastSignatureDictionary().getContents(pdf));
            byte[] copy = pdf.clone();
            int position = range[1] + 1 + 2 * cmsLength - 10;
            copy[position] = (byte) (copy[position] == '0' ? '1' : '0');
            return copy;
        }
    }

    private static int signatureLength(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return in.readObject().getEncoded().length;
        }
    }

    private static byte[] appendToEnd(byte[] pdf) {
        byte[] extra = "\n% appended after signing\n".getBytes(StandardCharsets.US_ASCII);
        byte[] copy = Arrays.copyOf(pdf, pdf.length + extra.length);
        System.arraycopy(extra, 0, copy, pdf.length, extra.length);
        return copy;
    }

    private static byte[] flip(byte[] pdf, int position) {
        byte[] copy = pdf.clone();
        copy[position] ^= 0x01;
        return copy;
    }

    private static int indexOf(byte[] haystack, String needle, int from) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i <= haystack.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("'" + needle + "' not found after " + from);
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** pdfsig's report on the file; fails (rather than skips) when poppler-utils is not installed. */
    private static String pdfsig(Path file) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("pdfsig is needed to check the signature independently: apt-get install poppler-utils", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdfsig did not finish");
        return output;
    }
}
