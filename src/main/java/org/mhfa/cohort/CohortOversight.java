package org.mhfa.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mhfa.certificate.CertificateOversight;
import org.mhfa.enrolment.Enrolment;
import org.mhfa.identity.Learner;

/**
 * An instructor acts for the trainees who have joined a cohort they lead, in that cohort's course: for their
 * certificates here, and for their learning records through the same rule in the statement query. Pending invitations
 * and removed members do not count.
 */
@ApplicationScoped
public class CohortOversight implements CertificateOversight {

    @Override
    @Transactional
    public boolean mayActFor(Learner instructor, Enrolment enrolment) {
        return CohortMember.count("learner.id = ?1 and status = ?2 and cohort.owner.id = ?3 and cohort.courseId = ?4",
                enrolment.learner.id, MemberStatus.ACTIVE, instructor.id, enrolment.courseId) > 0;
    }
}
