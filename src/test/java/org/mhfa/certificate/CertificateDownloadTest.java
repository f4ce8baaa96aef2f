package org.mhfa.certificate;

import org.mhfa.testing.PlatformTestResource;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.TestUsers;

@QuarkusTest
class CertificateDownloadTest {

    @Inject
    ContentRepository content;

    @Test
    void theDownloadedPdfIsSignedAndHoldsNameCourseDatesCodeAndAQrCodeThatVerifies() throws Exception {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        String token = TestUsers.create("Γιώργος", "Παπαδόπουλος").token();
        String code = Journeys.complete(token, course);

        io.restassured.response.Response download = given().auth().oauth2(token).get("/api/me/certificates/" + code + "/pdf");
        byte[] pdf = download.then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String fileName = download.header("Content-Disposition").replaceAll(".*filename=\"([^\"]+)\".*", "$1");
        String codeInFileName = fileName.replaceAll("^certificate-(.+)\\.pdf$", "$1");
        given().get("/api/verifications/" + codeInFileName).then().statusCode(200)
                .body("code", org.hamcrest.Matchers.equalTo(CertificateCode.display(code)));

        java.nio.file.Path file = java.nio.file.Files.createTempFile("certificate", ".pdf");
        java.nio.file.Files.write(file, pdf);
        Process pdfsig = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String report = new String(pdfsig.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        pdfsig.waitFor();
        assertTrue(report.contains("Signature Validation: Signature is Valid.") && report.contains("ETSI.CAdES.detached"), report);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            assertTrue(text.contains("Γιώργος Παπαδόπουλος"), text);
            assertTrue(text.contains(course.title()), text);
            assertTrue(text.contains("Issued " + today.format(format)), text);
            assertTrue(text.contains("Valid until " + today.plusMonths(36).format(format)), text);
            assertTrue(text.contains(CertificateCode.display(code)), text);

            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            assertEquals(PlatformTestResource.baseUrl() + "/verify/" + code, decoded);

            given().get(URI.create(decoded).getPath()).then().statusCode(200)
                    .body(containsString("This certificate is valid")).body(containsString("Γιώργος Π."));
        }
    }

    @Test
    void theHolderDownloadsTheOpenBadgeFromThePagesAndNobodyElseCan() {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        org.mhfa.testing.TestUsers.TestUser holder = TestUsers.create("Olga", "Badge");
        String code = Journeys.complete(holder.token(), course);
        var own = org.mhfa.testing.PageSession.signIn(holder).get("/certificates/" + code + "/credential?format=json");
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("OpenBadgeCredential") && own.body().contains("\"jwt\""), own.body());
        var me = org.mhfa.testing.PageSession.signIn(holder).get("/me");
        assertTrue(me.body().contains("/certificates/" + code + "/credential"), "My learning links the credential");
        var other = org.mhfa.testing.PageSession.signIn(TestUsers.create("Otto", "Other")).get("/certificates/" + code + "/credential");
        assertEquals(404, other.statusCode());
    }
}
