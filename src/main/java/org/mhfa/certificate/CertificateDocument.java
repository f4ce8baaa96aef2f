package org.mhfa.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a certificate PDF shows, and the files it carries.
 *
 * @param holderName       the learner's name as it should appear on the certificate
 * @param courseTitle      the title of the completed course
 * @param courseVersion    the content version the learner completed (the line is left out when blank)
 * @param issuedOn         the date the certificate was issued
 * @param expiresOn        the date the certificate stops being valid (the "Valid until" part is left out when null)
 * @param displayCode      the human-readable certificate code, e.g. {@code MHFA-7K3Q-9XPL}
 * @param verificationUrl  the public URL where anyone can check the certificate; also encoded in the QR code
 * @param organisationName the issuing organisation
 * @param competencies     what the course trains, one entry each, printed in this order (none: the part is left out)
 * @param instructorName   the instructor who led the course (null or blank: the line is left out)
 * @param attachments      files embedded in the PDF, such as the Open Badges credential
 */
public record CertificateDocument(String holderName, String courseTitle, String courseVersion,
        LocalDate issuedOn, LocalDate expiresOn, String displayCode,
        String verificationUrl, String organisationName, List<String> competencies, String instructorName,
        List<Attachment> attachments) {

    public CertificateDocument {
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A certificate without competencies, instructor or embedded files. */
    public CertificateDocument(String holderName, String courseTitle, String courseVersion, LocalDate issuedOn,
            LocalDate expiresOn, String displayCode, String verificationUrl, String organisationName) {
        this(holderName, courseTitle, courseVersion, issuedOn, expiresOn, displayCode, verificationUrl, organisationName,
                List.of(), null, List.of());
    }

    /**
     * A file embedded in the PDF (in the document's EmbeddedFiles name tree and its associated files).
     *
     * @param fileName     the file's name, e.g. {@code open-badge-credential.jwt}
     * @param mimeType     its media type, e.g. {@code application/vc+jwt}
     * @param relationship how it relates to the document (PDF 2.0 {@code AFRelationship}): Source, Data,
     *                     Alternative, Supplement or Unspecified
     * @param description  a short description readers show beside it
     * @param content      the file's bytes
     */
    public record Attachment(String fileName, String mimeType, String relationship, String description, byte[] content) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mimeType, "mimeType");
            Objects.requireNonNull(relationship, "relationship");
            Objects.requireNonNull(content, "content");
        }
    }
}
