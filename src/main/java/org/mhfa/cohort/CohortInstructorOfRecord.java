package org.mhfa.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.mhfa.certificate.InstructorOfRecord;
import org.mhfa.enrolment.Enrolment;

/**
 * The instructor of record is the one who runs the cohort the trainee joined for that course (the latest, if several;
 * an invitation not accepted does not count); none once that instructor has had their personal data erased.
 */
@ApplicationScoped
public class CohortInstructorOfRecord implements InstructorOfRecord {

    @Override
    public Optional<String> instructorFor(Enrolment enrolment) {
        return CohortMember.<CohortMember>find("learner = ?1 and cohort.courseId = ?2 and status = ?3 order by enrolledAt desc",
                enrolment.learner, enrolment.courseId, MemberStatus.ACTIVE).firstResultOptional().map(member -> member.cohort.owner)
                .filter(owner -> !owner.isErased()).map(owner -> owner.displayName);
    }
}
