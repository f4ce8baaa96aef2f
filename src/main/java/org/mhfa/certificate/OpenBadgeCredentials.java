package org.mhfa.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Objects;
import org.mhfa.catalogue.Course;
import org.mhfa.platform.PlatformConfig;

/**
 * Builds and signs each certificate's Open Badges 3.0 {@code OpenBadgeCredential} (W3C VC Data Model 2.0, secured
 * as a VC-JWT), the issuer's profile and its revocation status list credential.
 */
@ApplicationScoped
public class OpenBadgeCredentials {

    /** The W3C Verifiable Credentials 2.0 base context (bundled, never fetched). */
    public static final String VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    /** The Open Badges 3.0 context, version 3.0.3 (bundled, never fetched). */
    public static final String OB_V3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    /** Where the one revocation status list is published, below the public base URL. */
    public static final String STATUS_LIST_PATH = "/credentials/status/1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String organisationName;
    private final CredentialSigner signer;

    @Inject
    OpenBadgeCredentials(PlatformConfig platform, SigningKeys keys) {
        this(platform.publicBaseUrl(), platform.organisationName(), keys);
    }

    /**
     * @param publicBaseUrl    the address people reach the platform at; the ids of issuer, credentials and
     *                         achievements are made from it
     * @param organisationName the issuer's name
     * @param keys             the platform's signing key (the one that signs the PDFs)
     */
    public OpenBadgeCredentials(String publicBaseUrl, String organisationName, SigningKeys keys) {
        this.baseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl").replaceAll("/+$", "");
        this.organisationName = Objects.requireNonNull(organisationName, "organisationName");
        this.signer = new CredentialSigner(keys);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Identifiers

    public String issuerId() {
        return baseUrl + "/issuer";
    }

    public String credentialId(Certificate certificate) {
        return baseUrl + "/credentials/" + certificate.code;
    }

    public String achievementId(String courseId) {
        return baseUrl + "/achievements/" + courseId;
    }

    public String statusListUrl() {
        return baseUrl + STATUS_LIST_PATH;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The credential of a certificate

    /**
     * The certificate's {@code OpenBadgeCredential}, unsigned. It depends only on the certificate, the course's
     * summary and the configuration, so it is the same every time it is made.
     *
     * @param course the certificate's course, or null when it is no longer served (its title then describes it)
     * @throws IllegalStateException if the certificate has no status list index yet
     */
    public ObjectNode credential(Certificate certificate, Course course) {
        return credential(certificate, summary(course));
    }

    /** The credential, with the course's summary as the achievement's description. */
    ObjectNode credential(Certificate certificate, String courseSummary) {
        if (certificate.statusIndex == null) {
            throw new IllegalStateException("Certificate " + certificate.code + " has no status list index");
        }
        ObjectNode credential = JSON.createObjectNode();
        credential.set("@context", JSON.createArrayNode().add(VC_V2_CONTEXT).add(OB_V3_CONTEXT));
        credential.put("id", credentialId(certificate));
        credential.set("type", JSON.createArrayNode().add("VerifiableCredential").add("OpenBadgeCredential"));
        credential.set("issuer", issuer());
        credential.put("validFrom", validFrom(certificate).toString());
        credential.put("validUntil", validUntil(certificate).toString());
        credential.put("name", certificate.courseTitle + ": certificate of completion");
        credential.set("credentialSubject", subject(certificate, courseSummary));
        credential.set("credentialStatus", statusEntry(certificate.statusIndex));
        return credential;
    }

    /** The certificate's credential as a VC-JWT: one call for downloads and for embedding in the PDF. */
    public String credentialJwt(Certificate certificate, Course course) {
        return credentialJwt(certificate, summary(course));
    }

    String credentialJwt(Certificate certificate, String courseSummary) {
        return sign(credential(certificate, courseSummary));
    }

    /**
     * The JSON download: {@code credential} (the credential as signed, without a proof) and {@code jwt} (the
     * VC-JWT that secures it).
     */
    public ObjectNode credentialDownload(Certificate certificate, Course course) {
        return credentialDownload(certificate, summary(course));
    }

    ObjectNode credentialDownload(Certificate certificate, String courseSummary) {
        ObjectNode credential = credential(certificate, courseSummary);
        ObjectNode download = JSON.createObjectNode();
        download.set("credential", credential);
        download.put("jwt", sign(credential));
        return download;
    }

    private static String summary(Course course) {
        return course == null ? null : course.summary();
    }

    /** When the certificate was issued, to the second. */
    static Instant validFrom(Certificate certificate) {
        return certificate.issuedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The last second of the expiry date in UTC: a certificate is valid up to and including that day. */
    static Instant validUntil(Certificate certificate) {
        LocalDate expiresOn = certificate.expiresOn;
        return expiresOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
    }

    private ObjectNode subject(Certificate certificate, String courseSummary) {
        ObjectNode subject = JSON.createObjectNode();
        subject.set("type", JSON.createArrayNode().add("AchievementSubject"));
        // no holder id (there is no DID or account URL to give); OB 3.0 then requires an identifier: the name only
        subject.put("name", certificate.holderName);
        ObjectNode identity = JSON.createObjectNode();
        identity.put("type", "IdentityObject");
        identity.put("identityType", "name");
        identity.put("hashed", false);
        identity.put("identityHash", certificate.holderName);
        subject.set("identifier", JSON.createArrayNode().add(identity));
        subject.set("achievement", achievement(certificate, courseSummary));
        return subject;
    }

    private ObjectNode achievement(Certificate certificate, String courseSummary) {
        ObjectNode achievement = JSON.createObjectNode();
        achievement.put("id", achievementId(certificate.courseId));
        achievement.set("type", JSON.createArrayNode().add("Achievement"));
        achievement.put("achievementType", "CertificateOfCompletion");
        achievement.put("name", certificate.courseTitle);
        achievement.put("description", courseSummary != null && !courseSummary.isBlank() ? courseSummary
                : certificate.courseTitle);
        ObjectNode criteria = JSON.createObjectNode();
        criteria.put("narrative", "Completed the self-paced course (lessons, knowledge checks and scenarios) of version "
                + certificate.courseVersion + ".");
        achievement.set("criteria", criteria);
        return achievement;
    }

    private ObjectNode statusEntry(int index) {
        ObjectNode status = JSON.createObjectNode();
        status.put("id", statusListUrl() + "#" + index);
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Integer.toString(index));
        status.put("statusListCredential", statusListUrl());
        return status;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The issuer

    /** The issuer as it appears in credentials: an Open Badges {@code Profile}. */
    public ObjectNode issuer() {
        ObjectNode issuer = JSON.createObjectNode();
        issuer.put("id", issuerId());
        issuer.set("type", JSON.createArrayNode().add("Profile"));
        issuer.put("name", organisationName);
        issuer.put("url", baseUrl);
        return issuer;
    }

    /** The issuer's profile as a document of its own, with its contexts, as served at {@link #issuerId()}. */
    public ObjectNode issuerProfile() {
        ObjectNode profile = JSON.createObjectNode();
        profile.set("@context", JSON.createArrayNode().add(VC_V2_CONTEXT).add(OB_V3_CONTEXT));
        profile.setAll(issuer());
        return profile;
    }

    /** The issuer's public keys: the one key that signs credentials, status lists and PDFs. */
    public JWKSet jwks() {
        return signer.publicJwks();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The status list

    /**
     * The revocation {@code BitstringStatusListCredential}, unsigned.
     *
     * @param revoked the status list indices of credentials that are no longer valid
     * @param size    the number of entries (see {@link StatusList#sizeFor(int)})
     * @param now     when the list was made
     */
    public ObjectNode statusListCredential(BitSet revoked, int size, Instant now) {
        ObjectNode list = JSON.createObjectNode();
        list.put("id", statusListUrl() + "#list");
        list.put("type", "BitstringStatusList");
        list.put("statusPurpose", "revocation");
        list.put("encodedList", StatusList.encode(revoked, size));
        ObjectNode credential = JSON.createObjectNode();
        credential.set("@context", JSON.createArrayNode().add(VC_V2_CONTEXT));
        credential.put("id", statusListUrl());
        credential.set("type", JSON.createArrayNode().add("VerifiableCredential").add("BitstringStatusListCredential"));
        credential.put("issuer", issuerId());
        credential.put("validFrom", now.truncatedTo(ChronoUnit.SECONDS).toString());
        credential.set("credentialSubject", list);
        return credential;
    }

    /** The revocation status list as a VC-JWT. */
    public String statusListJwt(BitSet revoked, int size, Instant now) {
        return sign(statusListCredential(revoked, size, now));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Signing

    /**
     * Signs a credential as a VC-JWT: the payload is the credential itself, plus the registered JWT claims generic
     * tools read, taken from it: {@code iss} (issuer id), {@code jti} (credential id), {@code nbf} ({@code validFrom})
     * and {@code exp} ({@code validUntil}).
     */
    public String sign(ObjectNode credential) {
        ObjectNode claims = credential.deepCopy();
        String issuer = idOf(credential.get("issuer"));
        if (issuer != null) {
            claims.put("iss", issuer);
        }
        if (credential.hasNonNull("id")) {
            claims.put("jti", credential.get("id").asText());
        }
        if (credential.hasNonNull("validFrom")) {
            claims.put("nbf", Instant.parse(credential.get("validFrom").asText()).getEpochSecond());
        }
        if (credential.hasNonNull("validUntil")) {
            claims.put("exp", Instant.parse(credential.get("validUntil").asText()).getEpochSecond());
        }
        try {
            return signer.sign(JSON.writeValueAsString(claims));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the credential", e);
        }
    }

    /** The key id in the JWS headers: the JWK thumbprint of the public key. */
    public String keyId() {
        return signer.keyId();
    }

    /** The id of an issuer: a URL, or an object with an id. */
    private static String idOf(JsonNode issuer) {
        if (issuer == null || issuer.isNull()) {
            return null;
        }
        if (issuer.isTextual()) {
            return issuer.asText();
        }
        return issuer.hasNonNull("id") ? issuer.get("id").asText() : null;
    }
}
