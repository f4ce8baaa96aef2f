package org.mhfa.enrolment;

import org.mhfa.catalogue.Course;
import org.mhfa.identity.Learner;

/** Whether a learner may enrol in a refresher course now; the certificate feature, which knows renewal windows, provides it. */
public interface RenewalCheck {

    /** The renewal a refresher course would make for this learner, with its window and whether it is open today. */
    Renewal renewal(Learner learner, Course refresher);
}
