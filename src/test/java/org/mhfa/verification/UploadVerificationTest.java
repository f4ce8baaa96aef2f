package org.mhfa.verification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.certificate.CertificateDocument;
import org.mhfa.certificate.CertificatePdfRenderer;
import org.mhfa.certificate.PdfSigner;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

@QuarkusTest
class UploadVerificationTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    ContentRepository content;

    @Inject
    CertificatePdfRenderer renderer;

    @Inject
    PdfSigner signer;

    @Inject
    VerificationLog log;

    @Inject
    UploadGate gate;

    private static byte[] issuedPdf;
    private static String issuedCode;

    /** A certificate really issued by walking the course, and its PDF as the holder downloads it. */
    private byte[] issuedPdf() {
        if (issuedPdf == null) {
            Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
            String token = TestUsers.create("Ursula", "Uploaded").token();
            issuedCode = Journeys.complete(token, course);
            issuedPdf = given().auth().oauth2(token).get("/api/me/certificates/" + issuedCode + "/pdf")
                    .then().statusCode(200).extract().asByteArray();
        }
        return issuedPdf;
    }

    /** Posts a file through the page's form: the CSRF cookie and field from the form page, as a browser sends them. */
    private static Response upload(String client, String fileName, byte[] bytes, String type) {
        Response form = given().header("X-Forwarded-For", client).get("/verify");
        Matcher token = CSRF_FIELD.matcher(form.asString());
        assertTrue(token.find(), "the form carries a CSRF token");
        return given().header("X-Forwarded-For", client).cookie("mhfa-csrf", form.getCookie("mhfa-csrf"))
                .multiPart("csrf-token", token.group(1))
                .multiPart("certificate", fileName, bytes, type)
                .post("/verify");
    }

    @Test
    void aRealIssuedPdfIsGenuineAndCurrent() {
        byte[] pdf = issuedPdf();
        upload("10.61.1.1", "certificate.pdf", pdf, "application/pdf").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<h2 id=\"verdict\">")).body(containsString("Genuine and current"))
                .body(containsString("Ursula U.")).body(not(containsString("Uploaded<")))
                .body(containsString(CertificateCode.display(issuedCode)));
        log.flush();
        assertTrue(PlatformTestResource.count("select count(*) from verification_log where code = '" + issuedCode
                + "' and channel = 'PUBLIC_PAGE' and client_address = '10.61.1.0'") >= 1);
    }

    @Test
    void theSamePdfWithOneChangedByteInTheSignedRangeIsTampered() throws IOException {
        byte[] tampered = flipInPageContent(issuedPdf());
        upload("10.61.2.1", "certificate.pdf", tampered, "application/pdf").then().statusCode(200)
                .body(containsString("Altered: do not trust this file"))
                .body(containsString("changed since we signed it"))
                .body(not(containsString("Genuine and current")));
    }

    @Test
    void aPdfSignedWithOurKeyButShowingAnotherNameIsTampered() {
        String code = Registry.valid("Norma Named");
        byte[] forged = signedPdf(code, "Someone Else");
        upload("10.61.3.1", "certificate.pdf", forged, "application/pdf").then().statusCode(200)
                .body(containsString("Altered: do not trust this file")).body(containsString("holder&#39;s name"));
    }

    @Test
    void aRevokedCertificatesPdfIsGenuineButNotCurrent() {
        String code = Registry.valid("Rhea Revoked");
        Registry.revoke(code, "Issued in error");
        byte[] pdf = signedPdf(code, "Rhea Revoked");
        upload("10.61.4.1", "certificate.pdf", pdf, "application/pdf").then().statusCode(200)
                .body(containsString("Genuine, but no longer current")).body(containsString(">Revoked</strong>"));
    }

    @Test
    void aRandomPdfIsNotIssuedByUs() throws IOException {
        byte[] random;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle("Holiday photos");
            document.save(out);
            random = out.toByteArray();
        }
        upload("10.61.5.1", "photos.pdf", random, "application/pdf").then().statusCode(200)
                .body(containsString("Not issued by us"));
    }

    @Test
    void aFileThatIsNotAPdfGetsAFormError() {
        upload("10.61.6.1", "certificate.pdf", "just some text, not a PDF".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .then().statusCode(400)
                .body(containsString("id=\"certificate-error\"")).body(containsString("The file is not a PDF"))
                .body(containsString("aria-invalid=\"true\""));
        upload("10.61.6.1", "broken.pdf", "%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .then().statusCode(400).body(containsString("could not be read as a PDF"));
    }

    @Test
    void aFileWhoseAttachmentUnpacksFarPastTheLimitsIsRefusedQuicklyBesideTheField() {
        byte[] bomb = PdfBombs.embeddedFileBomb();
        assertTrue(bomb.length < 200 * 1024, "a small file: " + bomb.length + " bytes");
        upload("10.61.10.1", "certificate.pdf", bomb, "application/pdf").then()
                .statusCode(413)
                .time(lessThan(5000L))
                .header("Cache-Control", "no-store")
                .body(containsString("id=\"certificate-error\"")).body(containsString("aria-invalid=\"true\""))
                .body(containsString("unpacks to far more data than a certificate holds"))
                .body(not(containsString("Not issued by us")));
    }

    @Test
    void aFileWhosePageUnpacksFarPastTheLimitsIsRefused() {
        upload("10.61.11.1", "certificate.pdf", PdfBombs.pageContentBomb(), "application/pdf").then()
                .statusCode(413).time(lessThan(5000L))
                .body(containsString("id=\"certificate-error\"")).body(containsString("unpacks to far more data"));
        upload("10.61.11.1", "certificate.pdf", PdfBombs.objectStreamBomb(), "application/pdf").then()
                .statusCode(413).time(lessThan(5000L)).body(containsString("unpacks to far more data"));
    }

    @Test
    void anEncryptedFileCannotBeProcessed() throws IOException {
        byte[] encrypted;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
            document.save(out);
            encrypted = out.toByteArray();
        }
        upload("10.61.12.1", "certificate.pdf", encrypted, "application/pdf").then().statusCode(422)
                .body(containsString("id=\"certificate-error\"")).body(containsString("encrypted or password-protected"));
    }

    @Test
    void uploadsBeyondTheFilesCheckedAtOnceAreRefusedWithRetryAfter() {
        byte[] pdf = PdfBombs.ordinary();
        java.util.List<UploadGate.Place> taken = new java.util.ArrayList<>();
        try {
            taken.add(gate.enter());
            taken.add(gate.enter());
            upload("10.61.13.1", "certificate.pdf", pdf, "application/pdf").then().statusCode(503)
                    .header("Retry-After", equalTo("5"))
                    .body(containsString("id=\"certificate-error\"")).body(containsString("Please try again in a few seconds"));
        } finally {
            taken.forEach(UploadGate.Place::close);
        }
        upload("10.61.13.1", "certificate.pdf", pdf, "application/pdf").then().statusCode(200).body(containsString("Not issued by us"));
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() {
        given().header("X-Forwarded-For", "10.61.7.1").multiPart("certificate", "certificate.pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
                "application/pdf").post("/verify").then().statusCode(400);
    }

    @Test
    void theCredentialInsideAFileNamesTheCode() {
        String code = CertificateCode.generate();
        String payload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"jti\":\"https://mhfa.example/credentials/" + code + "\"}").getBytes(StandardCharsets.UTF_8));
        assertTrue(UploadedCertificates.codeInCredential("eyJhbGciOiJFUzI1NiJ9." + payload + ".c2ln").orElseThrow().equals(code));
    }

    /** A PDF made and signed as the platform does, for a registry certificate, with the given name printed on it. */
    private byte[] signedPdf(String code, String printedName) {
        var record = given().header("X-Forwarded-For", "10.61.9.1").get("/api/verifications/" + code).jsonPath();
        return signer.sign(renderer.render(new CertificateDocument(printedName, record.getString("courseTitle"),
                record.getString("courseVersion"), java.time.LocalDate.parse(record.getString("issuedOn")),
                java.time.LocalDate.parse(record.getString("expiresOn")), record.getString("code"),
                PlatformTestResource.baseUrl() + "/verify/" + code, "Test")));
    }

    /** A copy with one byte flipped in the middle of the page's content stream, inside the first signed range. */
    private static byte[] flipInPageContent(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSStream stream = (COSStream) document.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS);
            long objectOffset = document.getDocument().getXrefTable().get(stream.getKey());
            String text = new String(pdf, StandardCharsets.ISO_8859_1);
            int dataStart = text.indexOf("stream", (int) objectOffset) + "stream".length() + 1;
            int position = dataStart + (int) (stream.getLength() / 2);
            assertTrue(position < document.getLastSignatureDictionary().getByteRange()[1]);
            byte[] copy = pdf.clone();
            copy[position] ^= 0x01;
            return copy;
        }
    }
}
