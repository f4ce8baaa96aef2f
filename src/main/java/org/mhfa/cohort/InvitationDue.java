package org.mhfa.cohort;

import java.time.LocalDate;

/**
 * An invitation to send once the enrolment is committed: who to, which cohort, and for a new account the temporary
 * password (null when the person already has an account they have signed in with).
 */
public record InvitationDue(String email, String cohortName, String courseId, String courseTitle, LocalDate startsOn,
        LocalDate endsOn, String place, String videoLink, String instructorName, String temporaryPassword) {

    public boolean newAccount() {
        return temporaryPassword != null;
    }
}
