package org.mhfa.verification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mhfa.certificate.CertificateAdministrator;
import org.mhfa.certificate.CertificateService;
import org.mhfa.testing.PlatformTestResource;

@QuarkusTest
class VerificationCacheTest {

    @Inject
    VerificationCache cache;

    @Inject
    VerificationLog log;

    @Inject
    CertificateService certificates;

    private static String status(String code) {
        return given().header("X-Forwarded-For", "10.77.0.1").get("/api/verifications/" + code).then().statusCode(200)
                .extract().path("status");
    }

    @Test
    void aChangeMadeByAnotherInstanceOrToolReachesThisInstanceThroughTheDatabase() {
        await("the cache to listen", () -> cache.active());
        String code = Registry.valid("Noor Haddad");
        assertEquals("VALID", status(code));
        assertTrue(cache.holds(code), "a verified certificate is held");
        Registry.revoke(code, "Issued in error");
        await("the revocation to be heard", () -> !cache.holds(code));
        assertEquals("REVOKED", status(code));

        String renamed = Registry.valid("Tomasz Nowak");
        given().header("X-Forwarded-For", "10.77.0.2").get("/api/verifications/" + renamed).then().body("holderName", equalTo("Tomasz N."));
        PlatformTestResource.execute("update certificate set holder_name = 'Tomasz Kowalski-Nowak' where code = '" + renamed + "'");
        await("the new name to be heard", () -> !cache.holds(renamed));
        given().header("X-Forwarded-For", "10.77.0.2").get("/api/verifications/" + renamed).then().body("holderName", equalTo("Tomasz K."));
    }

    @Test
    void aRevocationOnThisInstanceShowsAtOnce() {
        await("the cache to listen", () -> cache.active());
        String code = Registry.valid("Femi Adeyemi");
        assertEquals("VALID", status(code));
        assertTrue(cache.holds(code));
        org.mhfa.identity.Learner admin = new org.mhfa.identity.Learner();
        admin.displayName = "Ada Admin";
        certificates.revoke(code, "Issued in error", new CertificateAdministrator(admin, true));
        assertEquals("REVOKED", status(code));
    }

    @Test
    void aRecordHeldSinceBeforeItsExpiryIsAnsweredWithTodaysStatus() {
        await("the cache to listen", () -> cache.active());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String code = Registry.certificate("Ines Duarte", today.minusYears(3), today.minusDays(1));
        Verification readYesterday = new Verification(org.mhfa.certificate.CertificateCode.display(code),
                org.mhfa.certificate.CertificateStatus.VALID, "Ines D. (as held)", Registry.COURSE_TITLE, "v-test-1",
                today.minusYears(3), today.minusDays(1), null, null, null, java.util.List.of());
        long certificateId = PlatformTestResource.count("select id from certificate where code = '" + code + "'");
        cache.get(code, () -> java.util.Optional.of(new RegistryRecord(certificateId, readYesterday)));
        assertTrue(cache.holds(code));
        given().header("X-Forwarded-For", "10.77.0.3").get("/api/verifications/" + code).then().statusCode(200)
                .body("holderName", equalTo("Ines D. (as held)")).body("status", equalTo("EXPIRED"));
        log.flush();
        assertEquals(1, PlatformTestResource.count("select count(*) from verification_log where certificate_id = " + certificateId
                + " and result = 'EXPIRED' and channel = 'PUBLIC_API'"));
    }

    @Test
    void nothingIsHeldWhileChangesCannotBeHeardAndTheCacheStartsEmptyWhenTheyCanAgain() {
        await("the cache to listen", () -> cache.active());
        String before = Registry.valid("Priya Raman");
        status(before);
        assertTrue(cache.holds(before));
        PlatformTestResource.execute("select pg_terminate_backend(pid) from pg_stat_activity "
                + "where application_name = 'mhfa certificate-change-listener' and datname = current_database()");
        await("the listener to notice its connection is gone", () -> !cache.active());
        assertFalse(cache.holds(before), "what was held may be out of date");
        String during = Registry.valid("Priya Raman");
        assertEquals("VALID", status(during));
        assertFalse(cache.holds(during), "nothing is held while deaf");
        await("the listener to reconnect", () -> cache.active());
        assertEquals("VALID", status(during));
        assertTrue(cache.holds(during));
    }

    private static void await(String what, java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await(what).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20)).until(condition);
    }
}
