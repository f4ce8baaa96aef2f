package org.mhfa.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.enrolment.NotRenewableException;
import org.mhfa.identity.Learner;
import org.mhfa.identity.LearnerFirstSeen;
import org.mhfa.progress.ProgressService;

/**
 * The invitee's side of a cohort invitation: their own pending invitations, accepting one (joining the cohort and
 * its course) and declining one. An account made for an invitation accepts by its first sign-in instead.
 */
@ApplicationScoped
public class Invitations {

    /** A pending invitation as its invitee sees it. */
    public record Invitation(long id, long cohortId, String cohortName, String courseId, String courseTitle, LocalDate startsOn,
            LocalDate endsOn, String place, String videoLink, String instructorName, Instant invitedAt) {
    }

    /** What accepting did: the cohort joined and the course now enrolled in. */
    public record Accepted(long cohortId, String courseId) {
    }

    private final ContentRepository content;
    private final ProgressService progress;

    Invitations(ContentRepository content, ProgressService progress) {
        this.content = content;
        this.progress = progress;
    }

    /** The learner's invitations waiting for their answer, oldest first. */
    @Transactional
    public List<Invitation> pending(Learner learner) {
        return CohortMember.<CohortMember>list("from CohortMember m join fetch m.cohort c join fetch c.owner "
                + "where m.learner = ?1 and m.status = ?2 order by m.enrolledAt, m.id", learner, MemberStatus.INVITED).stream()
                .map(this::view).toList();
    }

    /**
     * Accepts the learner's own invitation: they join the cohort and are enrolled in its course (for a refresher only
     * with a certificate it can renew, otherwise {@link InvitationRefusedException} and nothing changes). Anyone else's
     * invitation, or one already answered, is {@link InvitationNotFoundException}.
     */
    @Transactional
    public Accepted accept(Learner learner, Long invitationId) {
        CohortMember member = own(learner, invitationId);
        Course course = content.course(member.cohort.courseId).orElseThrow(() -> new InvitationRefusedException(
                "The course of this group is not available at the moment. Please try again later."));
        try {
            progress.enrol(member.learner, course);
        } catch (NotRenewableException e) {
            throw new InvitationRefusedException(e.getMessage());
        }
        member.status = MemberStatus.ACTIVE;
        return new Accepted(member.cohort.id, course.id());
    }

    /** Declines the learner's own invitation: the place is freed and the instructor no longer sees the address. */
    @Transactional
    public void decline(Learner learner, Long invitationId) {
        own(learner, invitationId).delete();
    }

    /** An account made for an invitation has signed in for the first time: that is its acceptance. */
    void onFirstSignIn(@Observes LearnerFirstSeen seen) {
        CohortMember.update("status = ?1 where learner.id = ?2 and status = ?3", MemberStatus.ACTIVE, seen.learnerId(),
                MemberStatus.AWAITING_FIRST_SIGN_IN);
    }

    private static CohortMember own(Learner learner, Long invitationId) {
        if (invitationId == null) {
            throw new InvitationNotFoundException();
        }
        CohortMember member = CohortMember.<CohortMember>find("id = ?1 and learner.id = ?2 and status = ?3", invitationId, learner.id,
                MemberStatus.INVITED).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (member == null) {
            throw new InvitationNotFoundException();
        }
        return member;
    }

    private Invitation view(CohortMember member) {
        Cohort cohort = member.cohort;
        String courseTitle = content.course(cohort.courseId).map(Course::title).orElse(cohort.courseId);
        return new Invitation(member.id, cohort.id, cohort.name, cohort.courseId, courseTitle, cohort.startsOn, cohort.endsOn,
                cohort.place, cohort.videoLink, cohort.owner.displayName, member.enrolledAt);
    }
}
