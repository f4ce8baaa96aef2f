package org.mhfa.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;

/**
 * Read models of cohorts for the instructor pages and the JSON API, built inside one transaction each. Attendance is
 * shown and counted for the members who have joined; marks of people removed from the cohort are kept but not shown.
 */
@ApplicationScoped
public class CohortViews {

    /** A cohort at a glance. */
    public record CohortSummary(Long id, String courseId, String courseTitle, String name, LocalDate startsOn, LocalDate endsOn,
            String place, String videoLink, int capacity, long memberCount, long placesLeft, String ownerName, Instant createdAt) {
    }

    /**
     * A member of a cohort ({@code id} is the membership's, for removing it). Until they have joined, only the address
     * they were invited with shows: no learner id, no name (which would tell whether the address had an account).
     */
    public record MemberView(Long id, Long learnerId, String name, String email, MemberStatus status, Instant enrolledAt) {

        static MemberView of(CohortMember member) {
            if (member.status.pending()) {
                return new MemberView(member.id, null, null, member.invitedEmail, member.status.shown(), member.enrolledAt);
            }
            return new MemberView(member.id, member.learner.id, member.learner.displayName,
                    member.learner.email != null ? member.learner.email : member.invitedEmail, member.status, member.enrolledAt);
        }
    }

    /** A session with how many were marked present, partly present and absent. */
    public record SessionView(Long id, Instant startsAt, String startsAtText, int durationMinutes, String place, String videoLink,
            long present, long partial, long absent) {
    }

    /** A cohort with its members and sessions. */
    public record CohortDetail(CohortSummary cohort, List<MemberView> members, List<SessionView> sessions) {
    }

    /** One member's line of a session's attendance (status null: not marked yet). */
    public record AttendanceRow(Long learnerId, String name, String email, AttendanceStatus status, String note, Instant recordedAt) {

        public boolean is(String value) {
            return status != null && status.name().equals(value);
        }
    }

    /** A session of a cohort with the attendance of every member who has joined, and how many are still invited. */
    public record SessionDetail(CohortSummary cohort, SessionView session, List<AttendanceRow> attendance, long invited) {
    }

    private final ContentRepository content;
    private final CohortService service;
    private final CohortTimes times;

    CohortViews(ContentRepository content, CohortService service, CohortTimes times) {
        this.content = content;
        this.service = service;
        this.times = times;
    }

    /** Summaries of the cohorts, in the order given, read with two queries whatever their number. */
    @Transactional
    public List<CohortSummary> summaries(List<Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = cohorts.stream().map(cohort -> cohort.id).toList();
        Map<Long, Long> memberCounts = new HashMap<>();
        Cohort.getEntityManager()
                .createQuery("select m.cohort.id, count(m) from CohortMember m where m.cohort.id in :ids group by m.cohort.id", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> memberCounts.put((Long) row[0], (Long) row[1]));
        Map<Long, Cohort> loaded = new HashMap<>();
        Cohort.<Cohort>list("from Cohort c join fetch c.owner where c.id in ?1", ids).forEach(cohort -> loaded.put(cohort.id, cohort));
        return ids.stream().map(id -> summary(loaded.get(id), memberCounts.getOrDefault(id, 0L))).toList();
    }

    @Transactional
    public CohortSummary summary(Long cohortId) {
        return summary(Cohort.<Cohort>findById(cohortId));
    }

    @Transactional
    public CohortDetail detail(Long cohortId) {
        Cohort cohort = Cohort.findById(cohortId);
        List<MemberView> members = service.members(cohort).stream().map(MemberView::of).toList();
        Set<Long> joined = members.stream().map(MemberView::learnerId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, Map<AttendanceStatus, Long>> counts = new HashMap<>();
        Attendance.listForCohort(cohort).stream().filter(attendance -> joined.contains(attendance.learner.id))
                .forEach(attendance -> counts.computeIfAbsent(attendance.session.id, id -> new EnumMap<>(AttendanceStatus.class))
                        .merge(attendance.status, 1L, Long::sum));
        List<SessionView> sessions = TrainingSession.listFor(cohort).stream()
                .map(session -> session(cohort, session, counts.getOrDefault(session.id, Map.of())))
                .toList();
        return new CohortDetail(summary(cohort), members, sessions);
    }

    @Transactional
    public SessionDetail sessionDetail(Long cohortId, Long sessionId) {
        Cohort cohort = Cohort.findById(cohortId);
        TrainingSession session = TrainingSession.findById(sessionId);
        Map<Long, Attendance> marks = service.attendance(session);
        List<AttendanceRow> rows = service.joinedMembers(cohort).stream().map(member -> {
            Attendance mark = marks.get(member.learner.id);
            return new AttendanceRow(member.learner.id, member.learner.displayName,
                    member.learner.email != null ? member.learner.email : member.invitedEmail,
                    mark == null ? null : mark.status, mark == null ? null : mark.note, mark == null ? null : mark.recordedAt);
        }).toList();
        Map<AttendanceStatus, Long> counts = new EnumMap<>(AttendanceStatus.class);
        rows.stream().filter(row -> row.status() != null).forEach(row -> counts.merge(row.status(), 1L, Long::sum));
        long invited = CohortMember.countIn(cohort) - rows.size();
        return new SessionDetail(summary(cohort), session(cohort, session, counts), rows, invited);
    }

    private CohortSummary summary(Cohort cohort) {
        return summary(cohort, CohortMember.countIn(cohort));
    }

    private CohortSummary summary(Cohort cohort, long members) {
        String courseTitle = content.course(cohort.courseId).map(Course::title).orElse(cohort.courseId);
        return new CohortSummary(cohort.id, cohort.courseId, courseTitle, cohort.name, cohort.startsOn, cohort.endsOn, cohort.place,
                cohort.videoLink, cohort.capacity, members, Math.max(0, cohort.capacity - members), cohort.owner.displayName,
                cohort.createdAt);
    }

    private SessionView session(Cohort cohort, TrainingSession session, Map<AttendanceStatus, Long> counts) {
        return new SessionView(session.id, session.startsAt, times.readable(session.startsAt), session.durationMinutes,
                session.place != null ? session.place : cohort.place,
                session.videoLink != null ? session.videoLink : cohort.videoLink,
                counts.getOrDefault(AttendanceStatus.PRESENT, 0L), counts.getOrDefault(AttendanceStatus.PARTIAL, 0L),
                counts.getOrDefault(AttendanceStatus.ABSENT, 0L));
    }
}
