package org.mhfa.enrolment;

import java.util.Set;
import org.mhfa.identity.Learner;

/**
 * Enrolments that must outlive a learner's erasure because a record of a higher feature points at them (an issued
 * certificate names its enrolment); such a feature provides a bean of this kind.
 */
public interface KeptEnrolments {

    /** The ids of the learner's enrolments that the erasure keeps (under the pseudonym). */
    Set<Long> keptEnrolmentIds(Learner learner);
}
