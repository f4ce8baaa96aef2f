package org.mhfa.cohort;

/**
 * Where a cohort member stands. Someone who already had an account is INVITED until they accept on their invitations
 * page; an account made for the invitation is AWAITING_FIRST_SIGN_IN until its first sign-in, which is its acceptance.
 * Instructors see both as {@link #INVITED}: which of the two it is would tell them whether the address had an account.
 */
public enum MemberStatus {
    INVITED,
    AWAITING_FIRST_SIGN_IN,
    ACTIVE;

    /** True until the person has joined: they are not named to the instructor, and no progress or marks are shown. */
    public boolean pending() {
        return this != ACTIVE;
    }

    /** The status as the instructor sees it: INVITED or ACTIVE. */
    public MemberStatus shown() {
        return pending() ? INVITED : ACTIVE;
    }
}
