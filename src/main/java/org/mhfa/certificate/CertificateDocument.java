package org.mhfa.certificate;

import java.time.LocalDate;

/**
 * What a certificate PDF shows.
 *
 * @param holderName       the learner's name as it should appear on the certificate
 * @param courseTitle      the title of the completed course
 * @param courseVersion    the content version the learner completed (the line is left out when blank)
 * @param issuedOn         the date the certificate was issued
 * @param expiresOn        the date the certificate stops being valid (the "Valid until" part is left out when null)
 * @param displayCode      the human-readable certificate code, e.g. {@code MHFA-7K3Q-9XPL}
 * @param verificationUrl  the public URL where anyone can check the certificate; also encoded in the QR code
 * @param organisationName the issuing organisation
 */
public record CertificateDocument(String holderName, String courseTitle, String courseVersion,
        LocalDate issuedOn, LocalDate expiresOn, String displayCode,
        String verificationUrl, String organisationName) {
}
