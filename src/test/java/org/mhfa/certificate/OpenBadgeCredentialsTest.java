package org.mhfa.certificate;

import org.mhfa.certificate.web.CredentialContextResource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Date;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenBadgeCredentialsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://training.example.org";

    @TempDir
    static Path dir;

    private static SigningKeys keys;
    private static OpenBadgeCredentials credentials;
    private static final String SUMMARY = "Learn to offer safe first support in a mental health crisis.";
    private static Certificate certificate;

    @BeforeAll
    static void makeCredentials() {
        keys = SigningKeys.developmentKey(dir.resolve("rsa.p12"));
        credentials = new OpenBadgeCredentials(BASE + "/", "Community Mental Health First Aid", keys);
        certificate = certificate(4711);
    }

    private static Certificate certificate(int statusIndex) {
        Certificate certificate = new Certificate();
        certificate.code = CertificateCode.generate();
        certificate.courseId = "community-crisis-support";
        certificate.courseTitle = "Community Crisis Support";
        certificate.courseVersion = "2025.03";
        certificate.holderName = "Zoë Ångström-Παπαδοπούλου";
        certificate.issuedAt = Instant.parse("2025-05-01T10:15:30.123456Z");
        certificate.issuedOn = LocalDate.parse("2025-05-01");
        certificate.expiresOn = LocalDate.parse("2028-05-01");
        certificate.statusIndex = statusIndex;
        return certificate;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The signature

    @Test
    void theJwtVerifiesWithThePublishedKeySet() throws Exception {
        String jwt = credentials.credentialJwt(certificate, SUMMARY);
        JWKSet published = JWKSet.parse(credentials.jwks().toString());
        JWSObject jws = JWSObject.parse(jwt);

        JWK key = published.getKeyByKeyId(jws.getHeader().getKeyID());
        assertNotNull(key, "the kid names a key of the JWKS");
        assertFalse(key.isPrivate(), "the JWKS holds no private key");
        assertTrue(jws.verify(new RSASSAVerifier(key.toRSAKey())));

        assertEquals(keys.certificate().getPublicKey(), key.toRSAKey().toPublicKey());
        X509Certificate inJwks = key.getParsedX509CertChain().get(0);
        assertEquals(keys.certificate(), inJwks, "x5c is the certificate that signs the PDFs");
    }

    @Test
    void theHeaderNamesAlgorithmKeyAndType() throws Exception {
        JWSObject jws = JWSObject.parse(credentials.credentialJwt(certificate, SUMMARY));
        assertEquals(JWSAlgorithm.RS256, jws.getHeader().getAlgorithm());
        assertEquals(new JOSEObjectType("vc+jwt"), jws.getHeader().getType());
        assertEquals("vc", jws.getHeader().getContentType());
        RSAKey publicKey = new RSAKey.Builder((java.security.interfaces.RSAPublicKey) keys.certificate().getPublicKey())
                .build();
        assertEquals(publicKey.computeThumbprint().toString(), jws.getHeader().getKeyID(), "kid is the JWK thumbprint");
    }

    @Test
    void aChangedPayloadNoLongerVerifies() throws Exception {
        String jwt = credentials.credentialJwt(certificate, SUMMARY);
        String[] parts = jwt.split("\\.");
        ObjectNode payload = (ObjectNode) JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
        ((ObjectNode) payload.get("credentialSubject")).put("name", "Someone Else");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsBytes(payload)) + "." + parts[2];
        RSAKey key = credentials.jwks().getKeys().get(0).toRSAKey();
        assertFalse(JWSObject.parse(forged).verify(new RSASSAVerifier(key)));
    }

    @Test
    void genericJwtToolsReadIssuerIdAndValidity() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(credentials.credentialJwt(certificate, SUMMARY)).getJWTClaimsSet();
        assertEquals(BASE + "/issuer", claims.getIssuer());
        assertEquals(BASE + "/credentials/" + certificate.code, claims.getJWTID());
        assertEquals(Date.from(Instant.parse("2025-05-01T10:15:30Z")), claims.getNotBeforeTime());
        assertEquals(Date.from(Instant.parse("2028-05-01T23:59:59Z")), claims.getExpirationTime());
    }

    @Test
    void anEcKeySignsWithEs256() throws Exception {
        OpenBadgeCredentials ec = new OpenBadgeCredentials(BASE, "Community Mental Health First Aid", ecKeys());
        JWSObject jws = JWSObject.parse(ec.credentialJwt(certificate, SUMMARY));
        assertEquals(JWSAlgorithm.ES256, jws.getHeader().getAlgorithm());
        JWKSet published = JWKSet.parse(ec.jwks().toString());
        ECKey key = published.getKeyByKeyId(jws.getHeader().getKeyID()).toECKey();
        assertTrue(jws.verify(new ECDSAVerifier(key)));
        assertEquals(key.computeThumbprint().toString(), jws.getHeader().getKeyID());
    }

    // ---------------------------------------------------------------------------------------------------------
    // The Open Badges 3.0 content

    @Test
    void theSignedCredentialHasTheRequiredOpenBadgesFields() throws Exception {
        JsonNode vc = payload(credentials.credentialJwt(certificate, SUMMARY));

        assertEquals(List.of(OpenBadgeCredentials.VC_V2_CONTEXT, OpenBadgeCredentials.OB_V3_CONTEXT), texts(vc.get("@context")));
        assertEquals("https://www.w3.org/ns/credentials/v2", vc.get("@context").get(0).asText());
        assertEquals("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", vc.get("@context").get(1).asText());
        assertEquals(BASE + "/credentials/" + certificate.code, vc.get("id").asText());
        assertTrue(texts(vc.get("type")).containsAll(List.of("VerifiableCredential", "OpenBadgeCredential")));
        assertFalse(vc.get("name").asText().isBlank());

        JsonNode issuer = vc.get("issuer");
        assertEquals(BASE + "/issuer", issuer.get("id").asText());
        assertEquals(List.of("Profile"), texts(issuer.get("type")));
        assertEquals("Community Mental Health First Aid", issuer.get("name").asText());
        assertEquals(BASE, issuer.get("url").asText());

        assertEquals("2025-05-01T10:15:30Z", vc.get("validFrom").asText());
        assertEquals("2028-05-01T23:59:59Z", vc.get("validUntil").asText());

        JsonNode subject = vc.get("credentialSubject");
        assertTrue(texts(subject.get("type")).contains("AchievementSubject"));
        assertEquals("Zoë Ångström-Παπαδοπούλου", subject.get("name").asText());
        JsonNode identifier = subject.get("identifier").get(0);
        assertEquals("IdentityObject", identifier.get("type").asText());
        assertEquals("name", identifier.get("identityType").asText());
        assertFalse(identifier.get("hashed").asBoolean());
        assertEquals("Zoë Ångström-Παπαδοπούλου", identifier.get("identityHash").asText());
        assertEquals(Set.of("type", "name", "identifier", "achievement"), fieldNames(subject),
                "no personal data beyond the holder's name");

        JsonNode achievement = subject.get("achievement");
        assertEquals(BASE + "/achievements/community-crisis-support", achievement.get("id").asText());
        assertTrue(texts(achievement.get("type")).contains("Achievement"));
        assertEquals("Community Crisis Support", achievement.get("name").asText());
        assertEquals(SUMMARY, achievement.get("description").asText());
        assertEquals("Completed the self-paced course (lessons, knowledge checks and scenarios) of version 2025.03.",
                achievement.get("criteria").get("narrative").asText());

        JsonNode status = vc.get("credentialStatus");
        assertEquals("BitstringStatusListEntry", status.get("type").asText());
        assertEquals("revocation", status.get("statusPurpose").asText());
        assertEquals("4711", status.get("statusListIndex").asText());
        assertTrue(status.get("statusListIndex").isTextual(), "the index is a string, as the specification says");
        assertEquals(BASE + "/credentials/status/1", status.get("statusListCredential").asText());
        assertEquals(BASE + "/credentials/status/1#4711", status.get("id").asText());
    }

    @Test
    void theDownloadHoldsTheCredentialAsSignedAndItsJwt() throws Exception {
        ObjectNode download = credentials.credentialDownload(certificate, SUMMARY);
        ObjectNode signed = (ObjectNode) payload(download.get("jwt").asText());
        signed.remove(List.of("iss", "jti", "nbf", "exp"));
        assertEquals(signed, download.get("credential"));
        assertFalse(download.get("credential").has("proof"));
        assertEquals(credentials.credentialJwt(certificate, SUMMARY), download.get("jwt").asText(),
                "the same certificate always gives the same credential");
    }

    @Test
    void anAchievementWithoutASummaryIsDescribedByItsTitle() {
        JsonNode achievement = credentials.credential(certificate, " ").get("credentialSubject").get("achievement");
        assertEquals("Community Crisis Support", achievement.get("description").asText());
    }

    @Test
    void aCertificateWithoutAStatusIndexHasNoCredential() {
        Certificate unindexed = certificate(1);
        unindexed.statusIndex = null;
        assertThrows(IllegalStateException.class, () -> credentials.credential(unindexed, SUMMARY));
    }

    @Test
    void theIssuerProfileIsADocumentOfItsOwn() {
        ObjectNode profile = credentials.issuerProfile();
        assertEquals(BASE + "/issuer", profile.get("id").asText());
        assertEquals(List.of(OpenBadgeCredentials.VC_V2_CONTEXT, OpenBadgeCredentials.OB_V3_CONTEXT),
                texts(profile.get("@context")));
        assertEquals("Profile", profile.get("type").get(0).asText());
    }

    // ---------------------------------------------------------------------------------------------------------
    // The status list credential

    @Test
    void theStatusListCredentialIsSignedAndCarriesTheRevokedBits() throws Exception {
        BitSet revoked = new BitSet();
        revoked.set(4711);
        String jwt = credentials.statusListJwt(revoked, StatusList.sizeFor(5000), Instant.parse("2025-06-01T08:00:00.5Z"));
        JWSObject jws = JWSObject.parse(jwt);
        assertTrue(jws.verify(new RSASSAVerifier(JWKSet.parse(credentials.jwks().toString()).getKeys().get(0).toRSAKey())));
        assertEquals(new JOSEObjectType("vc+jwt"), jws.getHeader().getType());

        JsonNode list = payload(jwt);
        assertEquals(List.of(OpenBadgeCredentials.VC_V2_CONTEXT), texts(list.get("@context")));
        assertEquals(BASE + "/credentials/status/1", list.get("id").asText());
        assertEquals(List.of("VerifiableCredential", "BitstringStatusListCredential"), texts(list.get("type")));
        assertEquals(BASE + "/issuer", list.get("issuer").asText());
        assertEquals(BASE + "/issuer", list.get("iss").asText());
        assertEquals("2025-06-01T08:00:00Z", list.get("validFrom").asText());
        JsonNode subject = list.get("credentialSubject");
        assertEquals(BASE + "/credentials/status/1#list", subject.get("id").asText());
        assertEquals("BitstringStatusList", subject.get("type").asText());
        assertEquals("revocation", subject.get("statusPurpose").asText());

        // what a verifier does: follow the entry of the certificate's credential to its bit
        JsonNode entry = payload(credentials.credentialJwt(certificate, SUMMARY)).get("credentialStatus");
        assertEquals(list.get("id").asText(), entry.get("statusListCredential").asText());
        String encoded = subject.get("encodedList").asText();
        assertTrue(StatusList.isSet(encoded, Integer.parseInt(entry.get("statusListIndex").asText())));
        assertFalse(StatusList.isSet(encoded, 4710));
        assertEquals(StatusList.MIN_SIZE, StatusList.size(encoded));
    }

    // ---------------------------------------------------------------------------------------------------------
    // The bundled contexts

    @Test
    void theBundledContextsAreJsonLdContextsForEveryContextACredentialNames() throws Exception {
        assertEquals(Set.of(OpenBadgeCredentials.VC_V2_CONTEXT, OpenBadgeCredentials.OB_V3_CONTEXT),
                CredentialContextResource.BUNDLED.keySet());
        for (String file : CredentialContextResource.BUNDLED.values()) {
            JsonNode context = JSON.readTree(CredentialContextResource.read(file));
            assertTrue(context.get("@context").isObject(), file + " has an @context object");
            assertTrue(context.get("@context").get("@protected").asBoolean(), file + " protects its terms");
        }
        assertEquals("8a9f494a89ecc51db093e90e84713e07e84d6d9204364a9b3c7868b21751236f",
                sha256(CredentialContextResource.read("credentials-v2.jsonld")), "the published VC 2.0 context, unchanged");
        assertEquals("ef2fa9c7846dce233cc166b43639027278be4ee44f00bb1d45c75de2dd0cd761",
                sha256(CredentialContextResource.read("ob-v3p0-context-3.0.3.json")), "the published OB 3.0.3 context, unchanged");
    }

    @Test
    void everyTermAndTypeTheCredentialsUseIsDefinedInTheBundledContexts() throws Exception {
        Set<String> terms = new HashSet<>();
        for (String file : CredentialContextResource.BUNDLED.values()) {
            collectTerms(JSON.readTree(CredentialContextResource.read(file)).get("@context"), terms);
        }
        BitSet none = new BitSet();
        for (JsonNode document : List.of(payload(credentials.credentialJwt(certificate, SUMMARY)),
                payload(credentials.statusListJwt(none, StatusList.MIN_SIZE, Instant.now())),
                credentials.issuerProfile())) {
            Set<String> used = new HashSet<>();
            collectUsed(document, used);
            used.removeAll(Set.of("iss", "jti", "nbf", "exp")); // JWT claims, outside the JSON-LD document
            used.removeIf(terms::contains);
            assertEquals(Set.of(), used, "undefined terms in " + document.get("type"));
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static JsonNode payload(String jwt) throws Exception {
        return JSON.readTree(JWSObject.parse(jwt).getPayload().toString());
    }

    private static List<String> texts(JsonNode array) {
        return array.isArray() ? JSON.convertValue(array, JSON.getTypeFactory().constructCollectionType(List.class, String.class))
                : List.of(array.asText());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Every term a context (and the contexts scoped in it) defines. */
    private static void collectTerms(JsonNode context, Set<String> terms) {
        for (Iterator<Map.Entry<String, JsonNode>> it = context.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> term = it.next();
            terms.add(term.getKey());
            if (term.getValue().has("@context")) {
                collectTerms(term.getValue().get("@context"), terms);
            }
        }
    }

    /** Every property name and every type value of a document, JSON-LD keywords aside. */
    private static void collectUsed(JsonNode node, Set<String> used) {
        if (node.isArray()) {
            node.forEach(element -> collectUsed(element, used));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().startsWith("@")) {
                    continue;
                }
                used.add(field.getKey());
                if (field.getKey().equals("type")) {
                    texts(field.getValue()).forEach(used::add);
                } else {
                    collectUsed(field.getValue(), used);
                }
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** An EC P-256 key with a self-signed certificate in a PKCS#12 file, loaded as the platform loads keys. */
    private static SigningKeys ecKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X500Principal subject = new X500Principal("CN=EC test key");
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                subject, BigInteger.ONE, Date.from(Instant.now().minusSeconds(60)),
                Date.from(Instant.now().plusSeconds(3600)), subject, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        char[] password = "secret".toCharArray();
        store.setKeyEntry("ec", pair.getPrivate(), password, new java.security.cert.Certificate[] {certificate});
        Path file = dir.resolve("ec.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return SigningKeys.fromPkcs12(file, password, "ec");
    }
}
