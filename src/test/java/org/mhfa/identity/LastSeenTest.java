package org.mhfa.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mhfa.testing.PlatformTestResource;
import org.mhfa.testing.TestUsers;

@QuarkusTest
class LastSeenTest {

    @Test
    void lastSeenIsKeptToTheMinuteSoThatParallelRequestsDoNotQueueForOneRow() {
        TestUsers.TestUser user = TestUsers.create("Lena", "Lindqvist");
        String token = user.token();

        given().auth().oauth2(token).get("/api/me/enrolments").then().statusCode(200);
        String where = " from learner where email = '" + user.username() + "@example.org'";
        Instant created = lastSeen(where);
        given().auth().oauth2(token).get("/api/me/enrolments").then().statusCode(200);
        Instant firstSeenAgain = lastSeen(where);
        assertTrue(firstSeenAgain.isAfter(created), "a record never seen since it was made is brought up to date");
        given().auth().oauth2(token).get("/api/me/enrolments").then().statusCode(200);
        assertEquals(firstSeenAgain, lastSeen(where), "seen again within a minute: nothing written");
        PlatformTestResource.execute("update learner set last_seen_at = last_seen_at - interval '2 minutes'" + where.replace(" from learner", ""));
        Instant twoMinutesEarlier = lastSeen(where);
        given().auth().oauth2(token).get("/api/me/enrolments").then().statusCode(200);
        assertTrue(lastSeen(where).isAfter(firstSeenAgain), "seen after more than a minute: brought up to date");
        assertTrue(twoMinutesEarlier.isBefore(firstSeenAgain));

    }

    private static Instant lastSeen(String where) {
        return Instant.ofEpochMilli(PlatformTestResource.count("select (extract(epoch from last_seen_at) * 1000)::bigint" + where));
    }
}
