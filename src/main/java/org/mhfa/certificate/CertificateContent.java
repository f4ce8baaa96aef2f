package org.mhfa.certificate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The document's text, normalised for printing: NFC, runs of whitespace or control characters as one space. */
record CertificateContent(String holderName, String courseTitle, String courseVersion,
        LocalDate issuedOn, LocalDate expiresOn, String displayCode,
        String verificationUrl, String organisationName, List<String> competencies, String instructorName,
        List<CertificateDocument.Attachment> attachments) {

    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\p{Cc}]+");

    static CertificateContent of(CertificateDocument d) {
        return new CertificateContent(required(d.holderName(), "holderName"), required(d.courseTitle(), "courseTitle"),
                clean(d.courseVersion()),
                Objects.requireNonNull(d.issuedOn(), "issuedOn is required"), d.expiresOn(),
                required(d.displayCode(), "displayCode"), required(d.verificationUrl(), "verificationUrl"),
                required(d.organisationName(), "organisationName"),
                d.competencies().stream().map(CertificateContent::clean).filter(c -> !c.isEmpty()).toList(),
                clean(d.instructorName()), d.attachments());
    }

    /** Every text the page shows that comes from the document. */
    List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(holderName, courseTitle, courseVersion, displayCode,
                verificationUrl, organisationHeading(), instructorName));
        texts.addAll(competencies);
        return texts;
    }

    String organisationHeading() {
        return organisationName.toUpperCase(Locale.ROOT);
    }

    private static String required(String value, String field) {
        String cleaned = clean(value);
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return cleaned;
    }

    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(value, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }
}
