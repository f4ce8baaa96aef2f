package org.mhfa.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.platform.Roles;
import org.mhfa.testing.CohortInvitations;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.TestUsers;

/**
 * An instructor administers the certificates of the trainees who joined a cohort they lead, and no others: another
 * instructor's trainee's certificate answers exactly like an unknown code. Administrators act on every certificate.
 */
@QuarkusTest
class CertificateAdministrationScopeTest {

    private static final String BASE = "/api/instructor/certificates/";

    @Inject
    ContentRepository content;

    @Test
    void theLeadingInstructorAndAdministratorsActAnotherInstructorGetsNotFoundAndTraineesAreRefused() {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        TestUsers.TestUser holder = TestUsers.create("Hana", "Holder");
        String code = Journeys.complete(holder.token(), course);
        String alice = TestUsers.create("Alice", "Leads", Roles.INSTRUCTOR).token();
        String bob = TestUsers.create("Bob", "Other", Roles.INSTRUCTOR).token();
        CohortInvitations.join(alice, CohortInvitations.cohort(alice, course.id(), "Hana's group"), holder);
        TestUsers.TestUser bobsTrainee = TestUsers.create("Bea", "Bobs");
        CohortInvitations.join(bob, CohortInvitations.cohort(bob, course.id(), "Bob's group"), bobsTrainee);

        given().auth().oauth2(alice).get(BASE + code).then().statusCode(200).body("holderName", equalTo("Hana Holder"));
        JsonPath unknown = given().auth().oauth2(bob).get(BASE + "0000000000000000000000000").then().statusCode(404).extract().jsonPath();
        JsonPath hidden = given().auth().oauth2(bob).get(BASE + code).then().statusCode(404).extract().jsonPath();
        assertEquals(withoutInstance(unknown), withoutInstance(hidden), "someone else's certificate looks exactly like an unknown one");
        given().auth().oauth2(bob).contentType(ContentType.JSON).body(Map.of("reason", "Not mine"))
                .post(BASE + code + "/revocation").then().statusCode(404).body("title", equalTo(unknown.getString("title")));
        given().auth().oauth2(bob).contentType(ContentType.JSON).body(Map.of("holderName", "Hana Changed"))
                .post(BASE + code + "/reissue").then().statusCode(404).body("title", equalTo(unknown.getString("title")));
        given().get("/api/verifications/" + code).then().body("status", equalTo("VALID"));

        String trainee = holder.token();
        given().auth().oauth2(trainee).get(BASE + code).then().statusCode(403);
        given().auth().oauth2(trainee).contentType(ContentType.JSON).body(Map.of("reason", "no"))
                .post(BASE + code + "/revocation").then().statusCode(403);
        given().auth().oauth2(trainee).contentType(ContentType.JSON).body(Map.of("holderName", "Hana Other"))
                .post(BASE + code + "/reissue").then().statusCode(403);

        String fresh = given().auth().oauth2(alice).contentType(ContentType.JSON).body(Map.of("holderName", "Hana Holder-Smith"))
                .post(BASE + code + "/reissue").then().statusCode(201).extract().jsonPath().getString("code");
        given().auth().oauth2(bob).get(BASE + fresh).then().statusCode(404);
        given().auth().oauth2(alice).contentType(ContentType.JSON).body(Map.of("reason", "Issued in error"))
                .post(BASE + fresh + "/revocation").then().statusCode(200).body("revokedBy", equalTo("Alice Leads"));

        String admin = TestUsers.create("Ada", "Admin", Roles.ADMIN).token();
        given().auth().oauth2(admin).get(BASE + code).then().statusCode(200).body("status", equalTo("SUPERSEDED"));
        given().auth().oauth2(admin).get(BASE + fresh).then().statusCode(200).body("status", equalTo("REVOKED"));
        String bobsCode = Journeys.complete(bobsTrainee.token(), course);
        given().auth().oauth2(alice).get(BASE + bobsCode).then().statusCode(404);
        given().auth().oauth2(bob).get(BASE + bobsCode).then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("reason", "Issued in error"))
                .post(BASE + bobsCode + "/revocation").then().statusCode(200).body("status", equalTo("REVOKED"));
    }

    @Test
    void anInvitationNotYetAcceptedOrAMemberRemovedGivesNoAccess() {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        TestUsers.TestUser holder = TestUsers.create("Ida", "Invitee");
        String code = Journeys.complete(holder.token(), course);
        String instructor = TestUsers.create("Ivan", "Inviting", Roles.INSTRUCTOR).token();
        long cohortId = CohortInvitations.cohort(instructor, course.id(), "Pending group");
        CohortInvitations.invite(instructor, cohortId, List.of(holder.username() + "@example.org"));
        given().auth().oauth2(instructor).get(BASE + code).then().statusCode(404);

        CohortInvitations.acceptAll(holder.token());
        given().auth().oauth2(instructor).get(BASE + code).then().statusCode(200);

        long memberId = given().auth().oauth2(instructor).get("/api/instructor/cohorts/" + cohortId).then().extract().jsonPath()
                .getLong("members[0].id");
        given().auth().oauth2(instructor).delete("/api/instructor/cohorts/" + cohortId + "/members/" + memberId).then().statusCode(204);
        given().auth().oauth2(instructor).get(BASE + code).then().statusCode(404);
    }

    private static Map<String, Object> withoutInstance(JsonPath problem) {
        Map<String, Object> fields = new java.util.HashMap<>(problem.getMap(""));
        fields.remove("instance");
        return fields;
    }
}
