package org.mhfa.cohort;

import java.time.LocalDate;

/**
 * An invitation to send once the enrolment is committed: who to, which cohort, the temporary password of an account
 * made for it (null when the person already had one), and whether they join by accepting on their invitations page
 * (otherwise their first sign-in with the temporary password is their acceptance).
 */
public record InvitationDue(String email, String cohortName, String courseId, String courseTitle, LocalDate startsOn,
        LocalDate endsOn, String place, String videoLink, String instructorName, String temporaryPassword,
        boolean acceptOnPage) {

    public boolean newAccount() {
        return temporaryPassword != null;
    }
}
