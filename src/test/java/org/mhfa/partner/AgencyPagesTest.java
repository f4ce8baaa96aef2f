package org.mhfa.partner;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.TestUsers;

/** The administrators' agency pages (CSRF forms, no JavaScript) and the history page of the people who act for an agency. */
@QuarkusTest
class AgencyPagesTest {

    @Test
    void anAdministratorRegistersAnAgencyOnThePageAndSeesTheSecretOnce() {
        PageSession admin = PageSession.signIn(TestUsers.create("Adele", "Admin", "admin"));
        HttpResponse<String> created = admin.submit("/admin/agencies", "/admin/agencies",
                Map.of("name", "Page Police " + System.nanoTime(), "contactEmail", "desk@police.example", "scopes", "verify"));
        assertEquals(200, created.statusCode(), created.body());
        Document page = Jsoup.parse(created.body());
        String clientId = page.getElementById("client-id").text();
        String secret = page.getElementById("client-secret").text();
        assertEquals(200, Agencies.tokenResponse(clientId, secret).statusCode());

        String list = admin.get("/admin/agencies").body();
        assertEquals(1, Jsoup.parse(list).select("nav a[href='/admin/agencies']").size(), "administrators find the page in the menu");
        assertTrue(list.contains(clientId));
        assertFalse(list.contains(secret));
        String detail = Jsoup.parse(list).select("a[href^=/admin/agencies/]").stream()
                .filter(link -> link.text().startsWith("Page Police")).findFirst().orElseThrow().attr("href");
        assertFalse(admin.get(detail).body().contains(secret));
    }

    @Test
    void aBadRegistrationComesBackWithTheMessageBesideTheField() {
        PageSession admin = PageSession.signIn(TestUsers.create("Adele", "Admin", "admin"));
        HttpResponse<String> answer = admin.submit("/admin/agencies", "/admin/agencies",
                Map.of("name", "Kept Name", "contactEmail", "not-an-address"));
        assertEquals(400, answer.statusCode());
        Document page = Jsoup.parse(answer.body());
        assertNotNull(page.getElementById("contactEmail-error"));
        assertEquals("true", page.getElementById("contactEmail").attr("aria-invalid"));
        assertNotNull(page.getElementById("scopes-error"));
        assertEquals("Kept Name", page.getElementById("name").val());
    }

    @Test
    void aMemberOfTheAgencySeesItsHistoryAndNobodyElseDoes() {
        Agencies.Agency agency = Agencies.register("History Agency", "verify");
        Agencies.Agency other = Agencies.register("Other Agency", "verify");
        String code = RegistryFixture.valid("Hana Hist");
        String otherCode = RegistryFixture.valid("Otto Hist");
        given().auth().oauth2(agency.token()).contentType("application/json").body(Map.of("codes", List.of(code)))
                .post("/api/partner/verifications").then().statusCode(200);
        given().auth().oauth2(other.token()).contentType("application/json").body(Map.of("codes", List.of(otherCode)))
                .post("/api/partner/verifications").then().statusCode(200);

        TestUsers.TestUser member = TestUsers.create("Mel", "Member");
        PageSession admin = PageSession.signIn(TestUsers.create("Adele", "Admin", "admin"));
        HttpResponse<String> added = admin.submit("/admin/agencies/" + agency.id(), "/admin/agencies/" + agency.id() + "/members",
                Map.of("user", member.username()));
        assertEquals(200, added.statusCode());
        assertTrue(added.body().contains(member.username()));

        HttpResponse<String> history = PageSession.signIn(member).get("/partner/history");
        assertEquals(200, history.statusCode(), history.body());
        assertTrue(history.body().contains(CertificateCode.display(code)));
        assertFalse(history.body().contains(CertificateCode.display(otherCode)));
        assertEquals(1, Jsoup.parse(history.body()).select("nav a[href='/partner/history']").size(), "members find it in the menu");
        assertTrue(Jsoup.parse(history.body()).select("nav a[href='/admin/agencies']").isEmpty());

        PageSession outsider = PageSession.signIn(TestUsers.create("Pete", "Partner", "partner"));
        assertEquals(403, outsider.get("/partner/history").statusCode());
    }

    @Test
    void onlyAdministratorsOpenTheAgencyPages() {
        PageSession trainee = PageSession.signIn(TestUsers.create("Tim", "Trainee"));
        assertEquals(403, trainee.get("/admin/agencies").statusCode());
        PageSession instructor = PageSession.signIn(TestUsers.create("Ivy", "Instructor", "instructor"));
        assertEquals(403, instructor.get("/admin/agencies").statusCode());
    }
}
