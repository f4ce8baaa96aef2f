package org.mhfa.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.testing.TestUsers;

/** Bulk verification by partner agencies: every status, rosters with names and bad rows, limits, speed and who may ask. */
@QuarkusTest
class PartnerVerificationTest {

    private String policeToken;

    @BeforeEach
    void agency() {
        if (policeToken == null) {
            policeToken = Agencies.register("Metro Police", "verify").token();
        }
    }

    private static JsonPath verifyCodes(String token, List<String> codes) {
        return given().auth().oauth2(token).contentType("application/json").body(Map.of("codes", codes))
                .post("/api/partner/verifications").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyStatusIsAnsweredPerCodeInOrderWithoutTheHoldersName() {
        var today = RegistryFixture.today();
        String valid = RegistryFixture.valid("Valentina Quist");
        String soon = RegistryFixture.certificate("Sonja Quist", today.minusYears(3), today.plusDays(20));
        String expired = RegistryFixture.certificate("Ezra Quist", today.minusYears(4), today.minusDays(1));
        String revoked = RegistryFixture.valid("Rhea Quist");
        RegistryFixture.revoke(revoked);
        String superseded = RegistryFixture.valid("Saul Quist");
        String successor = RegistryFixture.valid("Saul Quist-Mendez");
        RegistryFixture.supersede(superseded, successor);
        String unknown = CertificateCode.generate();

        List<String> codes = new ArrayList<>(List.of(CertificateCode.display(valid).toLowerCase(), soon, expired, revoked, superseded,
                unknown, "not-a-code"));
        JsonPath answer = verifyCodes(policeToken, codes);
        assertEquals(List.of("valid", "expiring_soon", "expired", "revoked", "superseded", "unknown", "malformed"),
                answer.getList("results.status"));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), answer.getList("results.index"));
        assertEquals(codes, answer.getList("results.code"));
        assertEquals(RegistryFixture.COURSE_TITLE, answer.getString("results[0].course"));
        assertEquals(today.plusDays(20).toString(), answer.getString("results[1].expiresOn"));
        assertEquals(CertificateCode.display(successor), answer.getString("results[4].supersededBy"));
        assertTrue(answer.getString("results[6].error").contains("Not a certificate code"));
        assertEquals(7, answer.getInt("entries"));
        assertEquals(1, answer.getInt("counts.valid"));
        String body = answer.prettify();
        assertFalse(body.contains("Quist"), body);
    }

    @Test
    void aRosterSaysWhetherNamesMatchIgnoringCaseAccentsAndSpacing() {
        String zoe = RegistryFixture.valid("Zoë  Ångström");
        String tom = RegistryFixture.valid("Tom Baker");
        String csv = "name,code\r\n"
                + "\"zoe angstrom\"," + CertificateCode.display(zoe) + "\r\n"
                + "Tom Parker," + tom + "\r\n";
        JsonPath answer = given().auth().oauth2(policeToken).contentType("text/csv").body(csv)
                .post("/api/partner/verifications").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(2, 3), answer.getList("results.row"));
        assertEquals(List.of(true, false), answer.getList("results.nameMatches"));
        assertEquals(List.of("valid", "valid"), answer.getList("results.status"));
        assertFalse(answer.prettify().contains("Baker"));
        assertFalse(answer.prettify().contains("Ångström"));
    }

    @Test
    void badRowsGetTheirOwnErrorAndGoodRowsAreStillAnswered() {
        String ann = RegistryFixture.valid("Ann Lee");
        String bob = RegistryFixture.valid("Bob, Junior");
        String csv = "code,name,team\n"
                + ann + ",Ann Lee,night\n"                         // line 2: good, columns in another order
                + "\"" + bob + "\"junk,Bob,day\n"                  // line 3: text after a closing quote
                + "NOT-A-CODE,Someone,day\n"                       // line 4: malformed code
                + ann + "\n"                                       // line 5: the name column is missing
                + "\n"                                             // blank line: skipped
                + bob + ",\"Bob, Junior\",\"multi\nline\"\n"       // lines 7-8: good, quoted comma and line break
                + ",Nobody,day\n"                                  // line 9: empty code
                + "\"" + ann + ",Ann Lee,never closed\n";          // line 10: a quote that is never closed
        JsonPath answer = given().auth().oauth2(policeToken).contentType("text/csv").body(csv)
                .post("/api/partner/verifications").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(2, 3, 4, 5, 7, 9, 10), answer.getList("results.row"));
        assertEquals(List.of("valid", "malformed", "malformed", "malformed", "valid", "malformed", "malformed"),
                answer.getList("results.status"));
        assertEquals(true, answer.getBoolean("results[0].nameMatches"));
        assertEquals(true, answer.getBoolean("results[4].nameMatches"));
        assertTrue(answer.getString("results[1].error").contains("closing quote"));
        assertTrue(answer.getString("results[3].error").contains("column"));
        assertTrue(answer.getString("results[6].error").contains("never closed"));
    }

    @Test
    void aRosterWithoutItsHeaderIsAProblem() {
        given().auth().oauth2(policeToken).contentType("text/csv").body("Ann Lee,ABC\n")
                .post("/api/partner/verifications")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("'name' and 'code'"));
        given().auth().oauth2(policeToken).contentType("application/json").body("{\"codez\": []}")
                .post("/api/partner/verifications").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void moreThanAThousandEntriesAreRefusedWith413() {
        List<String> codes = Collections.nCopies(1001, CertificateCode.generate());
        given().auth().oauth2(policeToken).contentType("application/json").body(Map.of("codes", codes))
                .post("/api/partner/verifications")
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("1000"));
        StringBuilder csv = new StringBuilder("name,code\n");
        for (int i = 0; i < 1001; i++) {
            csv.append("Someone,").append(codes.get(i)).append('\n');
        }
        given().auth().oauth2(policeToken).contentType("text/csv").body(csv.toString())
                .post("/api/partner/verifications").then().statusCode(413);
    }

    @Test
    void aThousandCodesAreAllAnsweredInOneRequest() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            names.add("Holder " + i);
        }
        List<String> codes = RegistryFixture.certificates(names, RegistryFixture.today().minusMonths(2), RegistryFixture.today().plusYears(2));
        JsonPath answer = verifyCodes(policeToken, codes);
        assertEquals(1000, answer.getInt("counts.valid"));
        assertEquals(1000, answer.getList("results").size());
    }

    @Test
    void everyEntryIsLoggedAndAnAgencySeesOnlyItsOwnHistory() {
        Agencies.Agency other = Agencies.register("County Employer", "verify");
        String otherToken = other.token();
        String mine = RegistryFixture.valid("Mina Ode");
        String theirs = RegistryFixture.valid("Theo Ode");
        verifyCodes(policeToken, List.of(mine, "junk-input"));
        verifyCodes(otherToken, List.of(theirs));

        JsonPath history = given().auth().oauth2(otherToken).get("/api/partner/verifications/history")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, history.getLong("total"));
        assertEquals(CertificateCode.display(theirs), history.getString("entries[0].code"));
        assertEquals("valid", history.getString("entries[0].result"));

        String policeHistory = given().auth().oauth2(policeToken).queryParam("size", 200).get("/api/partner/verifications/history")
                .then().statusCode(200).extract().asString();
        assertTrue(policeHistory.contains(CertificateCode.display(mine)));
        assertFalse(policeHistory.contains(CertificateCode.display(theirs)));
        assertFalse(policeHistory.contains("junk-input"));
    }

    @Test
    void aTokenWithoutTheVerifyScopeIsRefused() {
        Agencies.Agency webhooksOnly = Agencies.register("Webhooks Only", "webhooks");
        given().auth().oauth2(webhooksOnly.token()).contentType("application/json").body(Map.of("codes", List.of("x")))
                .post("/api/partner/verifications")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("verify"));
        given().auth().oauth2(webhooksOnly.token()).get("/api/partner/verifications/history").then().statusCode(403);
    }

    @Test
    void peopleAndAnonymousCallersAreRefused() {
        String trainee = TestUsers.create("Tara", "Trainee").token();
        String partnerPerson = TestUsers.create("Pat", "Partner", "partner").token();
        given().auth().oauth2(trainee).contentType("application/json").body(Map.of("codes", List.of("x")))
                .post("/api/partner/verifications").then().statusCode(403);
        given().auth().oauth2(partnerPerson).contentType("application/json").body(Map.of("codes", List.of("x")))
                .post("/api/partner/verifications").then().statusCode(403).body("detail", containsString("no registered partner agency"));
        given().contentType("application/json").body(Map.of("codes", List.of("x")))
                .post("/api/partner/verifications").then().statusCode(401);
        given().auth().oauth2(policeToken + "x").get("/api/partner/verifications/history").then().statusCode(401);
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        Agencies.Agency shortLived = Agencies.register("Short Lived", "verify");
        ShortTokens.setLifespan(shortLived.clientId(), 2);
        String token = shortLived.token();
        given().auth().oauth2(token).get("/api/partner/verifications/history").then().statusCode(200).body("total", equalTo(0))
                .body("entries[0]", nullValue());
        Thread.sleep(4_000);
        given().auth().oauth2(token).get("/api/partner/verifications/history").then().statusCode(401);
    }
}
