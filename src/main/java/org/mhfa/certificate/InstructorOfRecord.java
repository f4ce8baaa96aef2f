package org.mhfa.certificate;

import java.util.Optional;
import org.mhfa.enrolment.Enrolment;

/** Who led a trainee's course, to be named on their certificate: implemented where instructor-led cohorts live. */
public interface InstructorOfRecord {

    /** The instructor's name as it goes on the certificate; empty when the trainee took the course on their own. */
    Optional<String> instructorFor(Enrolment enrolment);
}
