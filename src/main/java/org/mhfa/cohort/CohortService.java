package org.mhfa.cohort;

import org.mhfa.identity.TraineeAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.identity.Learner;
import org.mhfa.progress.ProgressService;

/**
 * Cohorts and what instructors do with them: create one, invite trainees by e-mail (creating accounts where there are
 * none), remove members, add sessions and mark attendance. Callers check who may touch which cohort
 * ({@link CohortAccess}); the invitee's side of an invitation is {@link Invitations}.
 */
@ApplicationScoped
public class CohortService {

    private final ContentRepository content;
    private final ProgressService progress;
    private final TraineeAccounts accounts;
    private final CohortConfig config;
    private final Event<InvitationDue> invitations;
    private final Event<AttendanceRecorded> attendanceEvents;

    CohortService(ContentRepository content, ProgressService progress, TraineeAccounts accounts, CohortConfig config,
            Event<InvitationDue> invitations, Event<AttendanceRecorded> attendanceEvents) {
        this.content = content;
        this.progress = progress;
        this.accounts = accounts;
        this.config = config;
        this.invitations = invitations;
        this.attendanceEvents = attendanceEvents;
    }

    /** Creates a cohort run by the owner, after the checks bean validation cannot make (course, dates, where). */
    @Transactional
    public Cohort create(CohortRequest request, Learner owner) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (content.course(request.courseId()).isEmpty()) {
            errors.put("courseId", "There is no course '" + request.courseId() + "'.");
        }
        if (request.endsOn().isBefore(request.startsOn())) {
            errors.put("endsOn", "The end date must be on or after the start date.");
        }
        if (blank(request.place()) && blank(request.videoLink())) {
            errors.put("place", "Give a place, a video link, or both.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidCohortInputException("Some fields are missing or invalid.", errors);
        }
        Cohort cohort = new Cohort();
        cohort.courseId = request.courseId();
        cohort.name = request.name().strip();
        cohort.startsOn = request.startsOn();
        cohort.endsOn = request.endsOn();
        cohort.place = trimmed(request.place());
        cohort.videoLink = trimmed(request.videoLink());
        cohort.capacity = request.capacity();
        cohort.owner = Learner.findById(owner.id);
        cohort.createdAt = Instant.now();
        cohort.persist();
        return cohort;
    }

    /**
     * Invites the people with these addresses into the cohort. Addresses that are not usable are reported one by one and
     * the others still invited; people already in the cohort are left as they are. Where no account exists one is made
     * in Keycloak, enrolled in the course at once and joins at its first sign-in; someone who already had an account
     * joins (and is enrolled in the course) only once they accept on their invitations page. Everyone invited gets an
     * e-mail once the enrolment is committed, and the report says the same of every invited address either way. Fails
     * with {@link CohortFullException}, inviting nobody, when the newcomers do not fit (pending invitations hold places).
     */
    @Transactional
    public EnrolmentReport enrol(Cohort cohortToLock, List<String> rawAddresses) {
        Cohort cohort = Cohort.getEntityManager().find(Cohort.class, cohortToLock.id, LockModeType.PESSIMISTIC_WRITE);
        Course course = content.course(cohort.courseId)
                .orElseThrow(() -> new InvalidCohortInputException("The cohort's course is not being served.",
                        Map.of("courseId", "The course '" + cohort.courseId + "' is not in the content any more.")));
        if (rawAddresses.size() > config.maxAddressesPerRequest()) {
            throw new InvalidCohortInputException("Too many addresses at once.",
                    Map.of("emails", "Give at most " + config.maxAddressesPerRequest() + " addresses at a time."));
        }
        Map<String, String> invalid = new LinkedHashMap<>();
        Set<String> candidates = usableAddresses(rawAddresses, invalid);
        List<CohortMember> members = CohortMember.listFor(cohort);
        List<String> alreadyMembers = new ArrayList<>();
        Map<String, Optional<TraineeAccounts.Account>> newcomers = newcomers(candidates, CurrentMembers.of(members), alreadyMembers);

        // checked before any account is created or reset, so a cohort that is full changes nothing
        int placesLeft = cohort.capacity - members.size();
        if (newcomers.size() > placesLeft) {
            throw new CohortFullException(cohort.capacity, Math.max(placesLeft, 0), newcomers.size());
        }

        List<EnrolmentReport.Invited> invited = new ArrayList<>();
        Instant now = Instant.now();
        for (Map.Entry<String, Optional<TraineeAccounts.Account>> newcomer : newcomers.entrySet()) {
            String address = newcomer.getKey();
            Invitee invitee;
            try {
                invitee = invitee(address, newcomer.getValue());
            } catch (TraineeAccounts.AccountRefusedException e) {
                invalid.put(address, e.getMessage());
                continue;
            }
            invited.add(invite(cohort, course, invitee, now));
        }
        return new EnrolmentReport(invited, alreadyMembers, invalid, cohort.capacity - members.size() - invited.size());
    }

    /**
     * The well-formed addresses among the raw ones, normalised and without repeats, in the order given; each unusable
     * one goes into {@code invalid} with its problem.
     */
    private static Set<String> usableAddresses(List<String> rawAddresses, Map<String, String> invalid) {
        Set<String> candidates = new LinkedHashSet<>();
        for (String raw : rawAddresses) {
            String address = raw == null ? "" : raw.strip();
            Optional<String> problem = EmailAddresses.problem(address);
            if (problem.isPresent()) {
                invalid.put(address, problem.get());
            } else {
                candidates.add(EmailAddresses.normalise(address));
            }
        }
        return candidates;
    }

    /** Who is in the cohort already: the addresses they were invited with or sign in with (lower case), and their learner ids. */
    private record CurrentMembers(Set<String> addresses, Set<Long> learners) {

        static CurrentMembers of(List<CohortMember> members) {
            Set<String> addresses = new HashSet<>();
            Set<Long> learners = new HashSet<>();
            for (CohortMember member : members) {
                learners.add(member.learner.id);
                if (member.invitedEmail != null) {
                    addresses.add(member.invitedEmail.toLowerCase(Locale.ROOT));
                }
                if (member.learner.email != null) {
                    addresses.add(member.learner.email.toLowerCase(Locale.ROOT));
                }
            }
            return new CurrentMembers(addresses, learners);
        }
    }

    /**
     * The candidates to invite, each with the account that already exists for the address, if any. Members already in
     * the cohort (by address, learner or account) go into {@code alreadyMembers}. Nothing is created or changed here.
     * Whether a refresher can renew the person's certificate is not asked here (that would tell who has one): it is
     * checked when they accept.
     */
    private Map<String, Optional<TraineeAccounts.Account>> newcomers(Set<String> candidates, CurrentMembers members,
            List<String> alreadyMembers) {
        Map<String, Optional<TraineeAccounts.Account>> newcomers = new LinkedHashMap<>();
        Set<String> newcomerAccounts = new HashSet<>();
        for (String address : candidates) {
            if (members.addresses().contains(address)) {
                alreadyMembers.add(address);
                continue;
            }
            Optional<TraineeAccounts.Account> account = accounts.findByEmail(address);
            Optional<Learner> learner = account.flatMap(found -> Learner.findBySubject(found.id()));
            if (learner.isPresent() && members.learners().contains(learner.get().id)
                    || account.isPresent() && !newcomerAccounts.add(account.get().id())) {
                alreadyMembers.add(address);
                continue;
            }
            newcomers.put(address, account);
        }
        return newcomers;
    }

    /** A newcomer with the account they will sign in with, and the temporary password their invitation carries, if any. */
    private record Invitee(String address, TraineeAccounts.Account account, String temporaryPassword) {
    }

    /**
     * Makes sure the newcomer has an account they can sign in with: creates one in Keycloak when there is none, and
     * gives an account that was never used a fresh temporary password.
     */
    private Invitee invitee(String address, Optional<TraineeAccounts.Account> existing) {
        if (existing.isEmpty()) {
            TraineeAccounts.Created created = accounts.create(address);
            return new Invitee(address, created.account(), created.temporaryPassword());
        }
        TraineeAccounts.Account account = existing.get();
        String temporaryPassword = null;
        if (account.awaitingFirstSignIn() && Learner.findBySubject(account.id()).isEmpty()) {
            // an account that was never used: the invitation carries a fresh temporary password
            temporaryPassword = accounts.resetTemporaryPassword(account.id());
        }
        return new Invitee(address, account, temporaryPassword);
    }

    /**
     * Makes the invitee a pending member of the cohort (creating their learner record if they have none) and announces
     * the invitation, which is mailed once the transaction commits. An account with a temporary password joins at its
     * first sign-in, so it is enrolled in the course now, as it always was; anyone else (and everyone invited to a
     * refresher, whose certificate is checked then) joins by accepting on their invitations page.
     */
    private EnrolmentReport.Invited invite(Cohort cohort, Course course, Invitee invitee, Instant now) {
        Learner learner = Learner.findBySubject(invitee.account().id()).orElseGet(() -> newLearner(invitee.account(), now));
        boolean joinsAtSignIn = invitee.temporaryPassword() != null && !course.isRefresher();
        CohortMember member = new CohortMember();
        member.cohort = cohort;
        member.learner = learner;
        member.invitedEmail = invitee.address();
        member.status = joinsAtSignIn ? MemberStatus.AWAITING_FIRST_SIGN_IN : MemberStatus.INVITED;
        member.enrolledAt = now;
        member.persist();
        if (joinsAtSignIn) {
            progress.enrol(learner, course);
        }
        invitations.fire(new InvitationDue(invitee.address(), cohort.name, course.id(), course.title(), cohort.startsOn, cohort.endsOn,
                cohort.place, cohort.videoLink, cohort.owner.displayName, invitee.temporaryPassword(), !joinsAtSignIn));
        return new EnrolmentReport.Invited(invitee.address(), EnrolmentReport.INVITATION_SENT);
    }

    /**
     * A learner record for someone who has not signed in yet, keyed by their Keycloak id (the subject of their tokens),
     * so their first sign-in finds it.
     */
    private static Learner newLearner(TraineeAccounts.Account account, Instant now) {
        Learner learner = new Learner();
        learner.subject = account.id();
        learner.displayName = account.displayName();
        learner.email = account.email();
        learner.createdAt = now;
        learner.lastSeenAt = now;
        learner.persist();
        return learner;
    }

    /** The cohort's members, pending or joined, with their learner records, in the order they were invited. */
    @Transactional
    public List<CohortMember> members(Cohort cohort) {
        return CohortMember.listFor(cohort);
    }

    /** The members who have joined (accepted their invitation), in the order they were invited. */
    @Transactional
    public List<CohortMember> joinedMembers(Cohort cohort) {
        return CohortMember.listJoined(cohort);
    }

    /**
     * Takes a member (or a pending invitation) out of the cohort, freeing the place. Their enrolment in the course and
     * their progress stay (they are the trainee's), and so do their attendance marks: they record what happened, count
     * for the trainee's completion like the rest of their progress, and show again should they rejoin. A member of
     * another cohort, or none, is {@link CohortNotFoundException}.
     */
    @Transactional
    public void remove(Cohort cohort, Long memberId) {
        CohortMember member = memberId == null ? null : CohortMember.<CohortMember>find("id = ?1 and cohort.id = ?2", memberId, cohort.id)
                .firstResult();
        if (member == null) {
            throw new CohortNotFoundException("This cohort has no such member.");
        }
        member.delete();
    }

    /** Adds an instructor-led session to the cohort. */
    @Transactional
    public TrainingSession addSession(Cohort cohort, SessionRequest request) {
        TrainingSession session = new TrainingSession();
        session.cohort = Cohort.findById(cohort.id);
        session.startsAt = request.startsAt().toInstant();
        session.durationMinutes = request.durationMinutes();
        session.place = trimmed(request.place());
        session.videoLink = trimmed(request.videoLink());
        session.createdAt = Instant.now();
        session.persist();
        return session;
    }

    /**
     * Records attendance marks for members of the session's cohort who have joined (a mark replaces the earlier one of
     * the same trainee), and announces each new or changed mark as {@link AttendanceRecorded}. Nothing is written when
     * any mark names someone outside the cohort (or only invited to it) or the same trainee twice.
     */
    @Transactional
    public List<Attendance> recordAttendance(Cohort cohort, TrainingSession sessionToLock, List<AttendanceRequest.Mark> marks,
            Learner recordedBy) {
        TrainingSession session = TrainingSession.getEntityManager().find(TrainingSession.class, sessionToLock.id,
                LockModeType.PESSIMISTIC_WRITE);
        Map<Long, Learner> members = new HashMap<>();
        CohortMember.listJoined(cohort).forEach(member -> members.put(member.learner.id, member.learner));
        Map<String, String> errors = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < marks.size(); i++) {
            Long learnerId = marks.get(i).learnerId();
            if (!members.containsKey(learnerId)) {
                errors.put("marks[" + i + "].learnerId", "Trainee " + learnerId + " is not a member of this cohort.");
            } else if (!seen.add(learnerId)) {
                errors.put("marks[" + i + "].learnerId", "Trainee " + learnerId + " is marked twice.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidCohortInputException("Some marks are for people outside this cohort.", errors);
        }
        Learner recorder = Learner.findById(recordedBy.id);
        Instant now = Instant.now();
        List<Attendance> saved = new ArrayList<>();
        for (AttendanceRequest.Mark mark : marks) {
            Learner learner = members.get(mark.learnerId());
            String note = trimmed(mark.note());
            Attendance attendance = Attendance.find(session, learner).orElse(null);
            boolean changed = attendance == null || attendance.status != mark.status() || !java.util.Objects.equals(attendance.note, note);
            if (attendance == null) {
                attendance = new Attendance();
                attendance.session = session;
                attendance.learner = learner;
            }
            if (changed) {
                attendance.status = mark.status();
                attendance.note = note;
                attendance.recordedAt = now;
                attendance.recordedBy = recorder;
                attendance.persist();
                attendanceEvents.fire(new AttendanceRecorded(learner.id, session.id, cohort.courseId, mark.status(), now));
            }
            saved.add(attendance);
        }
        return saved;
    }

    /** Attendance marked for one session, by learner id. */
    @Transactional
    public Map<Long, Attendance> attendance(TrainingSession session) {
        Map<Long, Attendance> byLearner = new HashMap<>();
        Attendance.<Attendance>list("session", session).forEach(attendance -> byLearner.put(attendance.learner.id, attendance));
        return byLearner;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }
}
