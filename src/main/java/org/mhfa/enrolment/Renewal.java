package org.mhfa.enrolment;

import java.time.LocalDate;

/**
 * Whether a learner can renew a certificate with a refresher course now: the course it renews, the certificate that
 * would be renewed (if any), and that certificate's renewal window.
 */
public record Renewal(String renewedCourseId, String renewedCourseTitle, String certificateCode, LocalDate expiresOn,
        LocalDate opens, LocalDate closes, boolean open) {

    /** Why enrolling is refused now, or null when renewal is open. */
    public String refusal() {
        if (open) {
            return null;
        }
        if (certificateCode == null) {
            return "This refresher renews a certificate of '" + renewedCourseTitle + "', and you have none that can be "
                    + "renewed: take the full course '" + renewedCourseTitle + "' instead.";
        }
        return "Your certificate can be renewed from " + opens + " to " + closes + ". Outside that window the full course '"
                + renewedCourseTitle + "' is needed.";
    }
}
