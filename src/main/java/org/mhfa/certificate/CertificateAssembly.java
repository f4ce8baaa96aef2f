package org.mhfa.certificate;

import org.mhfa.certificate.web.StatusListResource;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The one way a certificate PDF is made, for real issuance, samples and the warm-up alike: the certificate's Open
 * Badges credential is signed, the page is laid out with the credential embedded, then the PDF is signed.
 */
public final class CertificateAssembly {

    /** The embedded VC-JWT: the signed credential. */
    public static final String CREDENTIAL_JWT_FILE = "open-badge-credential.jwt";
    /** The embedded credential as JSON: what the VC-JWT secures, readable without decoding it. */
    public static final String CREDENTIAL_JSON_FILE = "open-badge-credential.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CertificatePdfRenderer renderer;
    private final PdfSigner signer;
    private final OpenBadgeCredentials badges;
    private final String publicBaseUrl;
    private final String organisationName;

    /**
     * @param publicBaseUrl    the address people reach the platform at (verification links and QR codes)
     * @param organisationName the issuing organisation printed on the certificate
     */
    public CertificateAssembly(CertificatePdfRenderer renderer, PdfSigner signer, OpenBadgeCredentials badges,
            String publicBaseUrl, String organisationName) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.badges = Objects.requireNonNull(badges, "badges");
        this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl").replaceAll("/+$", "");
        this.organisationName = Objects.requireNonNull(organisationName, "organisationName");
    }

    /**
     * The certificate as a signed PDF (PAdES, detached CMS) with its signed Open Badges credential embedded.
     *
     * @param courseSummary the course's summary (the achievement's description), or null when the course is no longer
     *                      served
     * @throws IllegalArgumentException if the certificate's text cannot be printed (see {@link CertificatePdfRenderer})
     */
    public byte[] signedPdf(Certificate certificate, String courseSummary) {
        ObjectNode credential = badges.credential(certificate, courseSummary);
        String jwt = badges.sign(credential);
        byte[] json;
        try {
            json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(credential);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the credential", e);
        }
        CertificateDocument document = new CertificateDocument(certificate.holderName, certificate.courseTitle,
                certificate.courseVersion, certificate.issuedOn, certificate.expiresOn, certificate.displayCode(),
                verificationUrl(certificate), organisationName, certificate.competencyList(), certificate.instructorName,
                List.of(new CertificateDocument.Attachment(CREDENTIAL_JWT_FILE, StatusListResource.VC_JWT, "Source",
                                "Open Badges 3.0 credential of this certificate, signed as a VC-JWT by the issuer",
                                jwt.getBytes(StandardCharsets.US_ASCII)),
                        new CertificateDocument.Attachment(CREDENTIAL_JSON_FILE, "application/json", "Data",
                                "The same credential as JSON (its signature is the VC-JWT)", json)));
        return signer.sign(renderer.render(document));
    }

    /** Where anyone can check the certificate; also what its QR code holds. */
    public String verificationUrl(Certificate certificate) {
        return publicBaseUrl + "/verify/" + certificate.code;
    }
}
