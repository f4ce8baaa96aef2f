package org.mhfa.cohort;

/** An invitation that cannot be accepted now (a refresher without a certificate it can renew, a course not served). */
public class InvitationRefusedException extends RuntimeException {

    public InvitationRefusedException(String message) {
        super(message);
    }
}
