package org.mhfa.cohort;

/** No such pending invitation among the caller's own: someone else's looks exactly like one that does not exist. */
public class InvitationNotFoundException extends RuntimeException {

    public InvitationNotFoundException() {
        super("There is no such invitation among yours. It may have been answered already or withdrawn by the instructor.");
    }
}
