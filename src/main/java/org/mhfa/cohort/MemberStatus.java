package org.mhfa.cohort;

/** Where a cohort member stands: invited (has not signed in since being enrolled) or active. */
public enum MemberStatus {
    INVITED,
    ACTIVE
}
