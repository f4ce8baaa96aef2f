package org.mhfa.progress;

import java.time.LocalDate;

/** One of a trainee's certificates as "My learning" and the API show it. */
public record CertificateSummary(String code, String displayCode, String courseId, String courseTitle, String holderName,
        LocalDate issuedOn, LocalDate expiresOn, String status, String pdfUrl, String verificationUrl, String renewalUrl) {
}
