package org.mhfa.verification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.testing.PlatformTestResource;

@QuarkusTest
class PublicVerificationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final AtomicInteger NETWORKS = new AtomicInteger(10);

    @Inject
    VerificationLog log;

    @Inject
    VerificationService verification;

    /** A client on a network of its own (through the loopback proxy the test profile trusts), clear of other tests' counts. */
    private static RequestSpecification client(String address) {
        return given().header("X-Forwarded-For", address);
    }

    private static String freshNetwork() {
        return "10.42." + NETWORKS.incrementAndGet() + ".";
    }

    @Test
    void aValidCertificateShowsCourseDatesCompetenciesAndTheMaskedName() {
        String code = Registry.certificate("Ana María Martínez", TODAY.minusMonths(2), TODAY.plusMonths(34));
        String client = freshNetwork() + "7";
        client(client).get("/api/verifications/" + CertificateCode.display(code).toLowerCase()).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("status", equalTo("VALID")).body("holderName", equalTo("Ana M."))
                .body("courseTitle", equalTo(Registry.COURSE_TITLE)).body("courseVersion", equalTo("v-test-1"))
                .body("issuedOn", equalTo(TODAY.minusMonths(2).toString())).body("expiresOn", equalTo(TODAY.plusMonths(34).toString()))
                .body("competencies", hasItem("Listen non-judgementally"))
                .body("revokedOn", nullValue()).body("supersededBy", nullValue());
        client(client).get("/verify/" + code).then().statusCode(200)
                .body(containsString("<h2 id=\"verdict\">"))
                .body(containsString("This certificate is valid")).body(containsString("<strong class=\"status status-valid\">Valid</strong>"))
                .body(containsString("Ana M.")).body(not(containsString("Martínez")))
                .body(containsString(Registry.COURSE_TITLE)).body(containsString("v-test-1"))
                .body(containsString("Listen non-judgementally")).body(containsString("lang=\"en\""));
    }

    @Test
    void expiringSoonAndExpiredCertificatesSaySo() {
        String soon = Registry.certificate("Eve Early", TODAY.minusMonths(35), TODAY.plusDays(20));
        String expired = Registry.certificate("Ed Expired", TODAY.minusMonths(37), TODAY.minusDays(1));
        String client = freshNetwork() + "1";
        client(client).get("/api/verifications/" + soon).then().body("status", equalTo("EXPIRING_SOON"));
        client(client).get("/verify/" + soon).then().statusCode(200).body(containsString("This certificate is valid and expires soon"))
                .body(containsString(">Expiring soon</strong>"));
        client(client).get("/api/verifications/" + expired).then().body("status", equalTo("EXPIRED"));
        client(client).get("/verify/" + expired).then().statusCode(200).body(containsString("This certificate has expired"))
                .body(containsString(">Expired</strong>"));
    }

    @Test
    void aRevokedCertificateShowsTheDateAndOnlyAStandardReason() {
        String standard = Registry.valid("Rob Revoked");
        Registry.revoke(standard, "Issued in error");
        String personal = Registry.valid("Pat Personal");
        Registry.revoke(personal, "Holder disclosed a conviction to the instructor");
        String client = freshNetwork() + "1";
        client(client).get("/api/verifications/" + standard).then().body("status", equalTo("REVOKED"))
                .body("revokedOn", equalTo(TODAY.toString())).body("revocationReason", equalTo("Issued in error"));
        client(client).get("/verify/" + standard).then().body(containsString("This certificate has been revoked"))
                .body(containsString("Reason: Issued in error")).body(not(containsString("Ian Instructor")));
        client(client).get("/api/verifications/" + personal).then().body("status", equalTo("REVOKED"))
                .body("revocationReason", nullValue());
        client(client).get("/verify/" + personal).then().body(containsString("This certificate has been revoked"))
                .body(not(containsString("conviction")));
    }

    @Test
    void aSupersededCertificateLinksToItsReplacement() {
        String old = Registry.valid("Jon Smtih");
        String fresh = Registry.valid("Jon Smith");
        Registry.supersede(old, fresh);
        String client = freshNetwork() + "1";
        client(client).get("/api/verifications/" + old).then().body("status", equalTo("SUPERSEDED"))
                .body("supersededBy", equalTo(CertificateCode.display(fresh)));
        client(client).get("/verify/" + old).then().body(containsString("This certificate has been replaced"))
                .body(containsString("href=\"/verify/" + CertificateCode.display(fresh) + "\""));
        client(client).get("/verify/" + CertificateCode.display(fresh)).then().body(containsString("This certificate is valid"));
    }

    @Test
    void unknownAndMalformedCodesGetExactlyTheSameAnswer() {
        String client = freshNetwork() + "1";
        String unknown = CertificateCode.generate();
        String[] malformed = {"not-a-code", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "x".repeat(200),
                unknown.substring(0, 25) + (unknown.charAt(25) == '0' ? '1' : '0')};
        String unknownPage = client(client).get("/verify/" + unknown).then().statusCode(404).header("Cache-Control", "no-store")
                .body(containsString("Certificate not found")).extract().asString();
        String unknownProblem = client(client).get("/api/verifications/" + unknown).then().statusCode(404)
                .header("Cache-Control", "no-store").contentType("application/problem+json").body("title", equalTo("Certificate not found")).extract().asString();
        for (String input : malformed) {
            var page = client(client).get("/verify/" + input).then().extract();
            assertEquals(404, page.statusCode(), input);
            assertEquals(unknownPage, page.asString(), input);
            var problem = client(client).get("/api/verifications/" + input).then().extract();
            assertEquals(404, problem.statusCode(), input);
            assertEquals(unknownProblem, problem.asString(), input);
            assertEquals("application/problem+json", problem.contentType(), input);
        }
    }

    @Test
    void everyVerificationIsLoggedWithATruncatedAddressAndNoJunk() {
        String code = Registry.valid("Lou Logged");
        String network = freshNetwork();
        client(network + "77").get("/verify/" + CertificateCode.display(code)).then().statusCode(200);
        client(network + "78").get("/api/verifications/" + code.toLowerCase()).then().statusCode(200);
        client(network + "79").get("/api/verifications/<b>junk").then().statusCode(404);
        log.flush();
        String address = network + "0";
        assertEquals(1, PlatformTestResource.count("select count(*) from verification_log l join certificate c on c.id = l.certificate_id "
                + "where l.code = '" + code + "' and l.channel = 'PUBLIC_PAGE' and l.result = 'VALID' and l.client_address = '" + address
                + "' and l.agency_id is null and l.input_digest is null"));
        assertEquals(1, PlatformTestResource.count("select count(*) from verification_log where code = '" + code
                + "' and channel = 'PUBLIC_API' and client_address = '" + address + "'"));
        assertEquals(1, PlatformTestResource.count("select count(*) from verification_log where code is null and certificate_id is null "
                + "and result = 'UNKNOWN' and length(input_digest) = 64 and client_address = '" + address + "'"));
        assertEquals(0, PlatformTestResource.count("select count(*) from verification_log where client_address like '" + network
                + "7%' or input_digest like '%junk%'"));
    }

    @Test
    void partnerVerificationsAreLoggedAgainstTheAgencyWithTheFullNameAndNoAddress() {
        String code = Registry.valid("Pia Partner");
        long agency = 900_000 + NETWORKS.incrementAndGet();
        assertEquals("Pia Partner", verification.verifyForPartner(CertificateCode.display(code), agency).orElseThrow().holderName());
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> log.countForAgency(agency)));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> log.countForAgency(agency + 1)));
        VerificationLogEntry entry = QuarkusTransaction.requiringNew().call(() -> log.forAgency(agency, 0, 10).get(0));
        assertEquals(VerificationChannel.PARTNER, entry.channel);
        assertEquals(code, entry.code);
        assertEquals(null, entry.clientAddress);
        assertEquals("VALID", entry.result);
        assertEquals(java.util.List.of(agency), QuarkusTransaction.requiringNew().call(() -> log.agenciesThatVerified(entry.certificateId)));
    }
}
