package org.mhfa.progress;

import java.util.List;
import java.util.Optional;
import org.mhfa.enrolment.Enrolment;
import org.mhfa.identity.Learner;

/** The certificates issued for completed enrolments, as progress shows them; the certificate feature provides it. */
public interface IssuedCertificates {

    /** The code of the certificate issued for this enrolment, if one was. */
    Optional<String> codeOf(Enrolment enrolment);

    /** The learner's certificates, newest first, for My learning. */
    List<CertificateSummary> heldBy(Learner learner);
}
