package org.mhfa.cohort;

import java.util.List;
import java.util.Map;

/**
 * What happened to each address of an enrolment request: invited, already in the cohort (ignored), or not usable (with
 * the reason, per address). An invitation reads exactly the same whether the address had an account or one was made
 * for it, so that the answer never tells the instructor who has an account.
 */
public record EnrolmentReport(List<Invited> invited, List<String> alreadyMembers, Map<String, String> invalid, int placesLeft) {

    /** The outcome of every address invited by the request. */
    public static final String INVITATION_SENT = "Invitation sent: they join the cohort once they accept it.";

    /** An address invited by this request. */
    public record Invited(String email, String outcome) {
    }
}
