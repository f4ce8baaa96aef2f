package org.mhfa.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.mhfa.testing.PageSession;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

/** The "My data" page: linked from "My learning", downloads the export, and erases only with the box ticked and a CSRF token. */
@QuarkusTest
class PrivacyPageTest {

    @Inject
    DataSource dataSource;

    @Inject
    Keycloak keycloak;

    @Test
    void aTraineeDownloadsTheirDataAndErasesThemselvesFromThePage() {
        TestUsers.TestUser me = TestUsers.create("Paige", "Pagewright" + PersonalDataExportTest.suffix());
        PageSession session = PageSession.signIn(me);
        Schema schema = new Schema(dataSource);

        assertNotNull(Jsoup.parse(session.get("/me").body()).selectFirst("a[href=/me/privacy]"), "linked from My learning");
        Document page = Jsoup.parse(session.get("/me/privacy").body());
        assertEquals("My data", page.selectFirst("h1").text());
        assertNotNull(page.selectFirst("a[href=/me/privacy/data][download]"));
        assertTrue(page.text().contains("What stays, and why"));
        assertNotNull(page.selectFirst("form[action=/me/privacy/erasure] input[name=csrf-token]"));
        assertNotNull(page.selectFirst("label[for=confirm]"));

        HttpResponse<String> download = session.get("/me/privacy/data");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertTrue(download.body().contains("\"name\":\"" + me.fullName() + "\""), download.body());

        HttpResponse<String> unticked = session.submit("/me/privacy", "/me/privacy/erasure", Map.of());
        assertEquals(400, unticked.statusCode());
        Document again = Jsoup.parse(unticked.body());
        assertEquals(PrivacyResource.CONFIRM_ERROR, again.selectFirst("#confirm-error").text());
        assertEquals("true", again.selectFirst("#confirm").attr("aria-invalid"));
        HttpResponse<String> forged = session.postForm("/me/privacy/erasure", Map.of("confirm", "yes"));
        assertEquals(400, forged.statusCode(), "no CSRF token, no erasure");
        assertEquals(0, schema.queryLong("select count(*) from learner where erased_at is not null and email = ?", me.username() + "@example.org"));

        HttpResponse<String> erased = session.submit("/me/privacy", "/me/privacy/erasure", Map.of("confirm", "yes"));
        assertEquals(200, erased.statusCode());
        assertTrue(erased.uri().getPath().equals("/me/privacy/erased"), erased.uri().toString());
        assertTrue(erased.body().contains("Your data has been erased"));
        assertEquals(java.util.List.of(), schema.columnsContaining(me.lastName()));
        assertTrue(keycloak.realm("mhfa").users().searchByUsername(me.username(), true).isEmpty());

        HttpResponse<String> afterwards = session.get("/me");
        assertTrue(afterwards.uri().toString().startsWith(PlatformTestResource.realmUrl()), "signed out: " + afterwards.uri());
        assertFalse(afterwards.body().contains(me.lastName()));
    }
}
