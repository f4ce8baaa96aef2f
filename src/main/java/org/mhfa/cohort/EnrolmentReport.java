package org.mhfa.cohort;

import java.util.List;
import java.util.Map;

/**
 * What happened to each address of an enrolment request: enrolled (with or without a new account), already a member
 * (ignored), or not usable (with the reason, per address).
 */
public record EnrolmentReport(List<Enrolled> enrolled, List<String> alreadyMembers, Map<String, String> invalid, int placesLeft) {

    /** A trainee enrolled by this request. */
    public record Enrolled(String email, Long learnerId, boolean accountCreated) {
    }
}
