package org.mhfa.certificate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.identity.Learner;
import org.mhfa.platform.Roles;
import org.mhfa.enrolment.Enrolment;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.TestUsers;

/** What a downloaded certificate PDF holds besides its signature: the embedded credential, competencies, instructor. */
@QuarkusTest
class CertificatePdfContentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ContentRepository content;

    @Inject
    CertificateService certificates;

    private Course course() {
        return content.course(Journeys.SAMPLE_COURSE).orElseThrow();
    }

    @Test
    void theDownloadedPdfCarriesTheIssuersSignedCredentialForTheSameCodeAndHolder() throws Exception {
        TestUsers.TestUser holder = TestUsers.create("Αλέξανδρος", "Embedded");
        String code = Journeys.complete(holder.token(), course());
        byte[] pdf = given().auth().oauth2(holder.token()).get("/api/me/certificates/" + code + "/pdf")
                .then().statusCode(200).extract().asByteArray();

        Map<String, Embedded> files = embeddedFiles(pdf);
        assertEquals(List.of(CertificateAssembly.CREDENTIAL_JSON_FILE, CertificateAssembly.CREDENTIAL_JWT_FILE),
                List.copyOf(files.keySet()));
        Embedded jwtFile = files.get(CertificateAssembly.CREDENTIAL_JWT_FILE);
        assertEquals("Source", jwtFile.relationship());
        assertEquals("application/vc+jwt", jwtFile.subtype());
        String jwt = new String(jwtFile.content(), StandardCharsets.US_ASCII);
        assertEquals(jwt.length(), jwtFile.size());

        JWSObject jws = JWSObject.parse(jwt);
        JWK key = JWKSet.parse(given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString())
                .getKeyByKeyId(jws.getHeader().getKeyID());
        assertNotNull(key, "the JWT's key is published");
        assertTrue(jws.verify(new RSASSAVerifier(key.toRSAKey())), "the embedded credential verifies with the published key");
        JsonNode credential = JSON.readTree(jws.getPayload().toString());
        assertTrue(credential.get("id").asText().endsWith("/credentials/" + code), credential.toString());
        assertEquals("Αλέξανδρος Embedded", credential.at("/credentialSubject/name").asText());
        assertEquals(course().title(), credential.at("/credentialSubject/achievement/name").asText());

        Embedded jsonFile = files.get(CertificateAssembly.CREDENTIAL_JSON_FILE);
        assertEquals("Data", jsonFile.relationship());
        assertEquals("application/json", jsonFile.subtype());
        JsonNode embeddedJson = JSON.readTree(jsonFile.content());
        JsonNode signedPayload = ((com.fasterxml.jackson.databind.node.ObjectNode) credential.deepCopy())
                .without(List.of("iss", "jti", "nbf", "exp"));
        assertEquals(signedPayload, embeddedJson, "the JSON is the credential the JWT secures");

        // the embedding happened before signing: the signature covers it and independent tools accept it
        assertTrue(PdfSigner.verify(pdf));
        assertTrue(pdfsig(pdf).contains("Signature is Valid."));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertNotNull(document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF), "catalogue /AF");
        }
    }

    @Test
    void theCertificateShowsTheCompetenciesTheCourseTrainsAndTheRegistryHoldsWhatWasPrinted() throws Exception {
        TestUsers.TestUser holder = TestUsers.create("Cora", "Competent");
        Course course = course();
        String code = Journeys.complete(holder.token(), course);
        String text = text(given().auth().oauth2(holder.token()).get("/api/me/certificates/" + code + "/pdf")
                .then().statusCode(200).extract().asByteArray());

        List<String> competencies = CourseCompetencies.labels(course);
        assertEquals(5, competencies.size(), "the sample course's scenarios exercise all five ALGEE steps");
        for (String competency : competencies) {
            assertTrue(text.contains(competency), () -> competency + " in " + text);
        }
        assertTrue(text.contains(course.title()), text);
        assertTrue(text.contains("Content version " + course.version()), text);
        assertFalse(text.contains("Instructor:"), "no instructor line for a self-paced completion");

        String admin = TestUsers.create("Ines", "Registry", Roles.ADMIN).token();
        List<String> recorded = given().auth().oauth2(admin).get("/api/instructor/certificates/" + code)
                .then().statusCode(200).extract().jsonPath().getList("competencies", String.class);
        assertEquals(competencies, recorded);
    }

    @Test
    void anInstructorNamedAtIssuePrintsOnTheCertificateAndOnlyItsHolderDownloadsIt() throws Exception {
        TestUsers.TestUser holder = TestUsers.create("Ivo", "Instructed");
        Course course = course();
        Journeys.enrol(holder.token(), course);
        String code = QuarkusTransaction.requiringNew().call(() -> {
            Learner learner = Learner.<Learner>find("displayName", "Ivo Instructed").singleResult();
            Enrolment enrolment = Enrolment.find(learner, course.id()).orElseThrow();
            return certificates.issue(enrolment, course, "  Priya Shah ").orElseThrow().code;
        });

        String text = text(given().auth().oauth2(holder.token()).get("/api/me/certificates/" + code + "/pdf")
                .then().statusCode(200).extract().asByteArray());
        assertTrue(text.contains("Instructor: Priya Shah"), text);
        assertTrue(text.contains("Ivo Instructed"), text);

        String admin = TestUsers.create("Ike", "Lookup", Roles.ADMIN).token();
        given().auth().oauth2(admin).get("/api/instructor/certificates/" + code).then().statusCode(200)
                .body("instructorName", org.hamcrest.Matchers.equalTo("Priya Shah"));
        given().auth().oauth2(TestUsers.create("Ola", "Other").token()).get("/api/me/certificates/" + code + "/pdf")
                .then().statusCode(404);
    }

    /** An embedded file as read from the PDF. */
    private record Embedded(String relationship, String subtype, int size, byte[] content) {
    }

    private static Map<String, Embedded> embeddedFiles(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            assertNotNull(names, "the PDF has a names dictionary");
            Map<String, Embedded> files = new TreeMap<>();
            for (Map.Entry<String, PDComplexFileSpecification> entry : names.getEmbeddedFiles().getNames().entrySet()) {
                PDComplexFileSpecification spec = entry.getValue();
                PDEmbeddedFile file = spec.getEmbeddedFile();
                files.put(entry.getKey(), new Embedded(spec.getCOSObject().getNameAsString(COSName.AF_RELATIONSHIP),
                        file.getSubtype(), file.getSize(), file.toByteArray()));
            }
            return files;
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String pdfsig(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("certificate", ".pdf");
        try {
            Files.write(file, pdf);
            Process pdfsig = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
            String report = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            pdfsig.waitFor();
            return report;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
