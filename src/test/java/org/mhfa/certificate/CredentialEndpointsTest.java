package org.mhfa.certificate;

import org.mhfa.certificate.web.CredentialContextResource;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.platform.Roles;
import org.mhfa.testing.Journeys;
import org.mhfa.testing.TestUsers;

/** The credential download, the issuer's keys and profile, the contexts and the status list, over HTTP. */
@QuarkusTest
class CredentialEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ContentRepository content;

    @Test
    void theDownloadedCredentialVerifiesWithThePublishedKeysAndItsStatusFlipsOnRevocation() throws Exception {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        String token = TestUsers.create("Ηλέκτρα", "Ivanova-Šťastná").token();
        String code = Journeys.complete(token, course);

        String jwt = given().auth().oauth2(token).get("/api/me/certificates/" + code + "/credential")
                .then().statusCode(200).contentType("application/vc+jwt").extract().asString();
        JWSObject jws = JWSObject.parse(jwt);

        for (String path : new String[] {"/.well-known/jwks.json", "/issuer/jwks"}) {
            String jwks = given().get(path).then().statusCode(200).contentType(ContentType.JSON).extract().asString();
            JWK key = JWKSet.parse(jwks).getKeyByKeyId(jws.getHeader().getKeyID());
            assertNotNull(key, path + " publishes the key the credential names");
            assertFalse(key.isPrivate());
            assertTrue(jws.verify(new RSASSAVerifier(key.toRSAKey())), path);
        }

        JsonNode credential = JSON.readTree(jws.getPayload().toString());
        assertEquals("Ηλέκτρα Ivanova-Šťastná", credential.get("credentialSubject").get("name").asText());
        assertEquals(course.title(), credential.get("credentialSubject").get("achievement").get("name").asText());
        assertEquals(course.summary(), credential.get("credentialSubject").get("achievement").get("description").asText());
        assertTrue(credential.get("id").asText().endsWith("/credentials/" + code));

        JsonNode download = JSON.readTree(given().auth().oauth2(token)
                .get("/api/me/certificates/" + code.toLowerCase() + "/credential?format=json")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString());
        assertEquals(jwt, download.get("jwt").asText());
        assertEquals(credential.get("id"), download.get("credential").get("id"));

        String someoneElse = TestUsers.create("Other", "Person").token();
        given().auth().oauth2(someoneElse).get("/api/me/certificates/" + code + "/credential").then().statusCode(404);

        JsonNode issuer = JSON.readTree(given().get("/issuer").then().statusCode(200).extract().asString());
        assertEquals(credential.get("issuer").get("id"), issuer.get("id"));
        assertEquals(credential.get("issuer").get("name"), issuer.get("name"));

        JsonNode entry = credential.get("credentialStatus");
        String listUrl = entry.get("statusListCredential").asText();
        int index = Integer.parseInt(entry.get("statusListIndex").asText());
        String listPath = java.net.URI.create(listUrl).getPath();
        assertFalse(revoked(listPath, index, jws), "a new certificate is not revoked");

        String admin = TestUsers.create("Ina", "Admin", Roles.ADMIN).token();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("reason", "Issued in error"))
                .post("/api/instructor/certificates/" + code + "/revocation").then().statusCode(200);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> revoked(listPath, index, jws));
    }

    @Test
    void aSupersededCertificatesCredentialIsRevokedAndItsReplacementIsNot() throws Exception {
        Course course = content.course(Journeys.SAMPLE_COURSE).orElseThrow();
        String token = TestUsers.create("Misspelt", "Nmae").token();
        String code = Journeys.complete(token, course);
        JWSObject old = JWSObject.parse(given().auth().oauth2(token).get("/api/me/certificates/" + code + "/credential")
                .then().statusCode(200).extract().asString());

        String admin = TestUsers.create("Ian", "Admin", Roles.ADMIN).token();
        String fresh = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("holderName", "Misspelt Name"))
                .post("/api/instructor/certificates/" + code + "/reissue").then().statusCode(201).extract().path("code");
        JWSObject replacement = JWSObject.parse(given().auth().oauth2(token).get("/api/me/certificates/" + fresh + "/credential")
                .then().statusCode(200).extract().asString());

        int oldIndex = statusIndex(old);
        int newIndex = statusIndex(replacement);
        assertFalse(oldIndex == newIndex, "each certificate has its own entry");
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> revoked("/credentials/status/1", oldIndex, old));
        assertFalse(revoked("/credentials/status/1", newIndex, replacement));
    }

    @Test
    void theContextsAreServedFromTheBundledCopies() {
        for (Map.Entry<String, String> context : CredentialContextResource.BUNDLED.entrySet()) {
            byte[] served = given().get("/credentials/contexts/" + context.getValue())
                    .then().statusCode(200).contentType("application/ld+json")
                    .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age"))
                    .extract().asByteArray();
            assertArrayEquals(CredentialContextResource.read(context.getValue()), served, context.getKey());
        }
        given().get("/credentials/contexts/unknown.jsonld").then().statusCode(404);
        given().get("/credentials/contexts/..%2Fapplication.properties").then().statusCode(404);
    }

    @Test
    void thePagesAtTheRootStillAnswerBesideTheIssuersPaths() {
        // IssuerKeysResource shares the root path with the catalogue
        given().get("/").then().statusCode(200).body(org.hamcrest.Matchers.containsString("Community Crisis Support"));
        given().get("/courses/" + Journeys.SAMPLE_COURSE).then().statusCode(200);
        given().get("/issuer/unknown").then().statusCode(404);
    }

    /** Fetches the status list anonymously, checks its signature with the credential's key, and reads the bit. */
    private static boolean revoked(String listPath, int index, JWSObject credential) throws Exception {
        String listJwt = given().get(listPath).then().statusCode(200).contentType("application/vc+jwt").extract().asString();
        JWSObject list = JWSObject.parse(listJwt);
        JWK key = JWKSet.parse(given().get("/.well-known/jwks.json").asString())
                .getKeyByKeyId(credential.getHeader().getKeyID());
        assertTrue(list.verify(new RSASSAVerifier(key.toRSAKey())), "the status list is signed by the issuer");
        JsonNode subject = JSON.readTree(list.getPayload().toString()).get("credentialSubject");
        assertEquals("revocation", subject.get("statusPurpose").asText());
        return StatusList.isSet(subject.get("encodedList").asText(), index);
    }

    private static int statusIndex(JWSObject credential) throws Exception {
        return Integer.parseInt(JSON.readTree(credential.getPayload().toString())
                .get("credentialStatus").get("statusListIndex").asText());
    }
}
