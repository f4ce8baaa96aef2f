package org.mhfa.verification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.testing.PlatformTestResource;
import org.postgresql.ds.PGSimpleDataSource;

@QuarkusTest
class RateLimitTest {

    /** The limit the test profile sets (mhfa.verification.rate-limit.requests). */
    private static final int LIMIT = 100;

    @Test
    void theLimitKicksInAfterNRequestsFromOneNetworkWithRetryAfterOnApiAndPage() throws InterruptedException {
        startWellInsideAWindow();
        String code = CertificateCode.generate();
        for (int i = 0; i < LIMIT; i++) {
            given().header("X-Forwarded-For", "10.99.1." + (i % 250 + 1)).get(i % 2 == 0 ? "/api/verifications/" + code : "/verify/" + code)
                    .then().statusCode(404);
        }
        var problem = given().header("X-Forwarded-For", "10.99.1.200").get("/api/verifications/" + code).then().statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429)).body("title", equalTo("Too many verifications"))
                .extract();
        long retryAfter = Long.parseLong(problem.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        var page = given().header("X-Forwarded-For", "10.99.1.201").get("/verify/" + code).then().statusCode(429)
                .contentType(containsString("text/html")).body(containsString("Too many verifications"))
                .body(containsString("Please try again in")).extract();
        assertTrue(Long.parseLong(page.header("Retry-After")) >= 1);
        given().header("X-Forwarded-For", "10.99.2.1").get("/api/verifications/" + code).then().statusCode(404);
        given().get("/verify").then().statusCode(200);
    }

    /** Windows are whole minutes: starting late in one would let the count reset half-way through the requests. */
    private static void startWellInsideAWindow() throws InterruptedException {
        long second = Instant.now().getEpochSecond() % 60;
        if (second > 40) {
            Thread.sleep((61 - second) * 1000);
        }
    }

    @Test
    void theCountResetsWhenTheWindowEnds() {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:05Z"));
        SharedRateLimit limit = new SharedRateLimit(dataSource(), 3, Duration.ofSeconds(10), clock);
        for (int i = 1; i <= 3; i++) {
            assertTrue(limit.acquire("198.51.100.0").allowed());
        }
        SharedRateLimit.Decision refused = limit.acquire("198.51.100.0");
        assertFalse(refused.allowed());
        assertEquals(5, refused.retryAfterSeconds());
        clock.now = Instant.parse("2030-01-01T10:00:10Z");
        assertTrue(limit.acquire("198.51.100.0").allowed());
        assertTrue(limit.deleteEndedWindows() >= 1);
        assertEquals(1, PlatformTestResource.count("select count(*) from verification_rate_limit where client_bucket = '198.51.100.0'"));
    }

    @Test
    void theCountersAreUnloggedWithRoomForInPlaceUpdatesWhileTheAuditLogIsDurable() {
        assertEquals(1, PlatformTestResource.count("select count(*) from pg_class where relname = 'verification_rate_limit' "
                + "and relpersistence = 'u' and reloptions @> array['fillfactor=70']"));
        assertEquals(1, PlatformTestResource.count("select count(*) from pg_class where relname = 'verification_log' and relpersistence = 'p'"));
    }

    @Test
    void twoInstancesWithTheirOwnConnectionsShareOneCounter() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2031-06-01T12:00:00Z"));
        SharedRateLimit first = new SharedRateLimit(dataSource(), 10, Duration.ofMinutes(1), clock);
        SharedRateLimit second = new SharedRateLimit(dataSource(), 10, Duration.ofMinutes(1), clock);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<SharedRateLimit.Decision>>();
            for (int i = 0; i < 16; i++) {
                SharedRateLimit instance = i % 2 == 0 ? first : second;
                results.add(pool.submit(() -> instance.acquire("2001:db8:77::")));
            }
            int allowed = 0;
            java.util.Set<Integer> counts = new java.util.HashSet<>();
            for (var result : results) {
                SharedRateLimit.Decision decision = result.get();
                allowed += decision.allowed() ? 1 : 0;
                counts.add(decision.count());
            }
            assertEquals(10, allowed);
            assertEquals(16, counts.size(), "every request got its own count: " + counts);
        } finally {
            pool.shutdownNow();
        }
        assertFalse(first.acquire("2001:db8:77::").allowed());
        assertFalse(second.acquire("2001:db8:77::").allowed());
        assertTrue(second.acquire("2001:db8:78::").allowed());
    }

    @Test
    void countsMadeInMemoryAreSharedAtEachSynchronisation() {
        Instant start = Instant.parse("2032-03-01T09:00:00Z");
        MutableClock clock = new MutableClock(start);
        BufferedRateLimit first = new BufferedRateLimit(new SharedRateLimit(dataSource(), 10, Duration.ofMinutes(1), clock));
        BufferedRateLimit second = new BufferedRateLimit(new SharedRateLimit(dataSource(), 10, Duration.ofMinutes(1), clock));
        for (int i = 1; i <= 4; i++) {
            assertEquals(i, first.acquire("203.0.113.0").count());
        }
        for (int i = 1; i <= 3; i++) {
            assertEquals(i, second.acquire("203.0.113.0").count(), "not shared before a synchronisation");
        }
        first.sync();
        second.sync();
        assertEquals(7, sharedCount("203.0.113.0", start));
        assertEquals(8, second.acquire("203.0.113.0").count(), "the first instance's requests count here too");
        assertEquals(5, first.acquire("203.0.113.0").count(), "an instance learns the others' counts when it shares its own");
        first.sync();
        assertEquals(8, sharedCount("203.0.113.0", start));
        assertEquals(9, first.acquire("203.0.113.0").count());
        assertTrue(first.acquire("203.0.113.0").allowed());
        SharedRateLimit.Decision refused = first.acquire("203.0.113.0");
        assertFalse(refused.allowed());
        assertEquals(11, refused.count());
        assertEquals(60, refused.retryAfterSeconds());
        first.sync();
        second.sync();
        assertEquals(12, sharedCount("203.0.113.0", start));
        assertFalse(second.acquire("203.0.113.0").allowed(), "over the limit across both instances");
        assertTrue(second.acquire("203.0.114.0").allowed(), "another network has its own count");
        clock.now = start.plusSeconds(60);
        assertEquals(1, second.acquire("203.0.113.0").count(), "a new window starts from nothing");
        second.sync();
        assertEquals(1, sharedCount("203.0.113.0", start.plusSeconds(60)));
    }

    @Test
    void requestsStillCountWhenTheirSynchronisationFails() {
        MutableClock clock = new MutableClock(Instant.parse("2032-04-01T09:00:00Z"));
        PGSimpleDataSource unreachable = dataSource();
        unreachable.setPortNumbers(new int[] {1});
        BufferedRateLimit offline = new BufferedRateLimit(new SharedRateLimit(unreachable, 3, Duration.ofMinutes(1), clock));
        for (int i = 0; i < 3; i++) {
            assertTrue(offline.acquire("198.51.100.0").allowed());
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, offline::sync);
        SharedRateLimit.Decision fourth = offline.acquire("198.51.100.0");
        assertEquals(4, fourth.count(), "still counted in memory");
        assertFalse(fourth.allowed());
    }

    private static long sharedCount(String bucket, Instant windowStart) {
        return PlatformTestResource.count("select request_count from verification_rate_limit where client_bucket = '" + bucket
                + "' and window_start = " + windowStart.getEpochSecond());
    }

    @Test
    void theCounterWorksOnH2AsInTheDemoRun() throws Exception {
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:mem:ratelimit-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try (var connection = h2.getConnection(); var statement = connection.createStatement()) {
            String migration = java.nio.file.Files.readString(
                    java.nio.file.Path.of("src/main/resources/db/migration/V11__verification_log_and_rate_limit.sql"));
            for (String sql : migration.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));
        SharedRateLimit first = new SharedRateLimit(h2, 2, Duration.ofMinutes(1), clock);
        SharedRateLimit second = new SharedRateLimit(h2, 2, Duration.ofMinutes(1), clock);
        assertTrue(first.acquire("192.0.2.0").allowed());
        assertTrue(second.acquire("192.0.2.0").allowed());
        assertFalse(first.acquire("192.0.2.0").allowed());
        assertEquals(4, second.acquire("192.0.2.0").count());
        clock.now = clock.now.plusSeconds(60);
        assertTrue(first.acquire("192.0.2.0").allowed());
        assertEquals(1, first.deleteEndedWindows());
    }

    /** A data source of its own (own connections, no pool shared with the application) on the test database. */
    private static PGSimpleDataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
        source.setUser(ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class));
        return source;
    }

    private static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
