package org.mhfa.certificate;

import org.mhfa.enrolment.Enrolment;
import org.mhfa.identity.Learner;

/**
 * Which trainees an instructor may act for in certificate administration (look up, revoke, re-issue): implemented
 * where instructor-led cohorts live. Without an implementation an instructor acts for nobody; administrators always
 * act for everyone.
 */
public interface CertificateOversight {

    /** True when the instructor leads a cohort of the enrolment's course that its trainee has joined. */
    boolean mayActFor(Learner instructor, Enrolment enrolment);
}
