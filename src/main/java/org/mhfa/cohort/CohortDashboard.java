package org.mhfa.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.mhfa.certificate.Certificate;
import org.mhfa.certificate.CertificateConfig;
import org.mhfa.certificate.CertificateStatus;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.CourseModule;
import org.mhfa.catalogue.ModuleItem;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.AlgeeStep;
import org.mhfa.catalogue.Scenario;

/**
 * The numbers of a cohort's dashboard, gathered with a fixed handful of queries per cohort that aggregate in the
 * database (no query per member): each member's progress, the completion funnel, the distribution of best check
 * scores, mastery per ALGEE step, and who has been inactive.
 */
@ApplicationScoped
public class CohortDashboard {

    /** A member's best score at one knowledge check or scenario (null: no finished attempt) and whether it counts. */
    public record ItemResult(String itemId, Integer best, int attempts, boolean counted) {
    }

    /**
     * One member's row of the dashboard table. A member still invited shows only the address they were invited with and
     * the status INVITED: no learner id, no name, no progress.
     */
    public record MemberRow(Long memberId, Long learnerId, String name, String email, MemberStatus status, int modulesDone,
            int modulesTotal, int checksPassed, int checksTotal, List<ItemResult> checks, List<ItemResult> scenarios,
            int sessionsPresent, int sessionsMarked, boolean elearningDone, boolean attended, boolean completed,
            String certificateStatus, String certificateCode, Instant lastActivity, boolean inactive, boolean started,
            boolean certified) {

        public LocalDate lastActivityDay() {
            return lastActivity == null ? null : LocalDate.ofInstant(lastActivity, ZoneOffset.UTC);
        }

        public boolean invited() {
            return status.pending();
        }

        static MemberRow invited(Long memberId, String email) {
            return new MemberRow(memberId, null, null, email, MemberStatus.INVITED, 0, 0, 0, 0, List.of(), List.of(), 0, 0, false, false,
                    false, null, null, null, false, false, false);
        }
    }

    /** Mastery of one ALGEE step: of the choices made at that step, how many were the best choice on their node. */
    public record StepMastery(AlgeeStep step, int choices, int best) {

        public String label() {
            return step.label();
        }

        /** The share of best choices, in whole percent; null when no choice was made at this step. */
        public Integer percent() {
            return choices == 0 ? null : (int) Math.round(100.0 * best / choices);
        }
    }

    /** The whole dashboard of one cohort. */
    public record Dashboard(long cohortId, String cohortName, String courseId, String courseTitle, List<Quiz> checkColumns,
            List<Scenario> scenarioColumns, List<MemberRow> members, List<FunnelChartSvg.Stage> funnel,
            List<HistogramSvg.Bin> scoreBins, List<StepMastery> mastery, int inactiveAfterDays, int sessions) {

        public int inactiveCount() {
            return (int) members.stream().filter(MemberRow::inactive).count();
        }

        public int invitedCount() {
            return (int) members.stream().filter(MemberRow::invited).count();
        }

        /** How many columns of the table follow the member's name (a pending invitation spans them all). */
        public int progressColumns() {
            return 6 + checkColumns.size() + scenarioColumns.size();
        }

        public String funnelSvg() {
            return FunnelChartSvg.render("funnel-" + cohortId, "Completion funnel of " + cohortName, funnel);
        }

        public String histogramSvg() {
            return HistogramSvg.render("scores-" + cohortId, "Distribution of best knowledge-check scores in " + cohortName,
                    "Best score of each member at each knowledge check", scoreBins);
        }
    }

    private static final String[] BIN_LABELS = {"0–9%", "10–19%", "20–29%", "30–39%", "40–49%", "50–59%", "60–69%", "70–79%",
        "80–89%", "90–100%"};

    private final EntityManager em;
    private final ContentRepository content;
    private final CohortConfig config;
    private final CertificateConfig certificateConfig;
    private final AlgeeMastery mastery;
    private final Clock clock = Clock.systemUTC();

    CohortDashboard(EntityManager em, ContentRepository content, CohortConfig config, CertificateConfig certificateConfig,
            AlgeeMastery mastery) {
        this.em = em;
        this.content = content;
        this.config = config;
        this.certificateConfig = certificateConfig;
        this.mastery = mastery;
    }

    /** The dashboard of a cohort the caller may see (checked by the caller). */
    @Transactional
    public Dashboard of(Cohort cohort) {
        Course course = content.course(cohort.courseId).orElse(null);
        List<Quiz> quizzes = course == null ? List.of() : course.items().filter(Quiz.class::isInstance).map(Quiz.class::cast).toList();
        List<Scenario> scenarios = course == null ? List.of()
                : course.items().filter(Scenario.class::isInstance).map(Scenario.class::cast).toList();

        List<MemberRow> invited = new ArrayList<>();
        Map<Long, Member> members = members(cohort, invited);
        lessons(cohort, members);
        views(cohort, members);
        attempts(cohort, members);
        runs(cohort, members);
        int sessions = sessions(cohort);
        attendance(cohort, members);
        certificates(cohort, members);

        Instant now = clock.instant();
        Instant inactiveBefore = now.minus(Duration.ofDays(config.inactiveAfterDays()));
        List<MemberRow> rows = new ArrayList<>();
        for (Member member : members.values()) {
            rows.add(row(course, quizzes, scenarios, member, inactiveBefore));
        }
        rows.sort(Comparator.comparing(MemberRow::name, String.CASE_INSENSITIVE_ORDER).thenComparing(MemberRow::learnerId));
        List<MemberRow> table = new ArrayList<>(rows);
        invited.sort(Comparator.comparing(MemberRow::email, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
        table.addAll(invited);
        return new Dashboard(cohort.id, cohort.name, cohort.courseId, course == null ? cohort.courseId : course.title(), quizzes,
                scenarios, List.copyOf(table), funnel(rows), scoreBins(rows), mastery.of(cohort, scenarios), config.inactiveAfterDays(),
                sessions);
    }

    /** The completion funnel of the members who have joined. */
    private static List<FunnelChartSvg.Stage> funnel(List<MemberRow> rows) {
        return List.of(
                new FunnelChartSvg.Stage("Enrolled", rows.size()),
                new FunnelChartSvg.Stage("Started", (int) rows.stream().filter(MemberRow::started).count()),
                new FunnelChartSvg.Stage("E-learning done", (int) rows.stream().filter(MemberRow::elearningDone).count()),
                new FunnelChartSvg.Stage("Attended", (int) rows.stream().filter(MemberRow::attended).count()),
                new FunnelChartSvg.Stage("Certified", (int) rows.stream().filter(MemberRow::certified).count()));
    }

    /** Each member's best score at each check, counted in bands of ten points. */
    private static List<HistogramSvg.Bin> scoreBins(List<MemberRow> rows) {
        int[] bins = new int[BIN_LABELS.length];
        rows.forEach(row -> row.checks().stream().map(ItemResult::best).filter(Objects::nonNull)
                .forEach(best -> bins[Math.min(BIN_LABELS.length - 1, Math.max(0, best) / 10)]++));
        List<HistogramSvg.Bin> scoreBins = new ArrayList<>();
        for (int i = 0; i < bins.length; i++) {
            scoreBins.add(new HistogramSvg.Bin(BIN_LABELS[i], bins[i]));
        }
        return scoreBins;
    }

    /** What the queries found about one member. */
    private static final class Member {
        final long memberId;
        final long learnerId;
        final String name;
        final String email;
        Long enrolmentId;
        Instant lastActivity;
        boolean started;
        final Set<String> done = new HashSet<>();
        final Map<String, ItemResult> results = new HashMap<>();
        final Map<String, int[]> attemptStats = new HashMap<>();
        int present;
        int marked;
        boolean completed;
        Certificate certificate;

        Member(long memberId, long learnerId, String name, String email, Instant joined) {
            this.memberId = memberId;
            this.learnerId = learnerId;
            this.name = name;
            this.email = email;
            this.lastActivity = joined;
        }

        void activity(Instant at) {
            if (at != null) {
                started = true;
                if (lastActivity == null || at.isAfter(lastActivity)) {
                    lastActivity = at;
                }
            }
        }
    }

    /**
     * The members who have joined, by learner id, each with their enrolment in the course; those still invited go into
     * {@code invited} as rows that show nothing but their address.
     */
    private Map<Long, Member> members(Cohort cohort, List<MemberRow> invited) {
        Map<Long, Member> members = new LinkedHashMap<>();
        List<Object[]> rows = em.createQuery("""
                select m.learner.id, l.displayName, l.email, m.enrolledAt, e.id, e.enrolledAt, e.completedAt, m.id, m.status, m.invitedEmail
                from CohortMember m join m.learner l
                left join Enrolment e on e.learner = l and e.courseId = :course
                where m.cohort = :cohort""", Object[].class)
                .setParameter("cohort", cohort).setParameter("course", cohort.courseId).getResultList();
        for (Object[] row : rows) {
            if (((MemberStatus) row[8]).pending()) {
                invited.add(MemberRow.invited((Long) row[7], (String) row[9]));
                continue;
            }
            Instant joined = row[5] != null ? (Instant) row[5] : (Instant) row[3];
            Member member = new Member((Long) row[7], (Long) row[0], (String) row[1], (String) row[2], joined);
            member.enrolmentId = (Long) row[4];
            member.completed = row[6] != null;
            members.put(member.learnerId, member);
        }
        return members;
    }

    /** The enrolments in its course of the cohort's members who have joined, as a sub-query. */
    static final String ENROLMENTS = """
            (select e.id from Enrolment e, CohortMember m where m.cohort = :cohort and m.status = org.mhfa.cohort.MemberStatus.ACTIVE
             and e.learner = m.learner and e.courseId = :course)""";

    private Map<Long, Member> byEnrolment(Map<Long, Member> members) {
        Map<Long, Member> byEnrolment = new HashMap<>();
        members.values().stream().filter(member -> member.enrolmentId != null).forEach(member -> byEnrolment.put(member.enrolmentId, member));
        return byEnrolment;
    }

    private void lessons(Cohort cohort, Map<Long, Member> members) {
        Map<Long, Member> byEnrolment = byEnrolment(members);
        em.createQuery("select p.enrolment.id, p.lessonId, p.completedAt from LessonProgress p where p.enrolment.id in " + ENROLMENTS,
                        Object[].class)
                .setParameter("cohort", cohort).setParameter("course", cohort.courseId).getResultList()
                .forEach(row -> {
                    Member member = byEnrolment.get((Long) row[0]);
                    member.done.add((String) row[1]);
                    member.activity((Instant) row[2]);
                });
    }

    private void views(Cohort cohort, Map<Long, Member> members) {
        Map<Long, Member> byEnrolment = byEnrolment(members);
        em.createQuery("select v.enrolment.id, max(v.firstViewedAt) from LessonView v where v.enrolment.id in " + ENROLMENTS
                        + " group by v.enrolment.id", Object[].class)
                .setParameter("cohort", cohort).setParameter("course", cohort.courseId).getResultList()
                .forEach(row -> byEnrolment.get((Long) row[0]).activity((Instant) row[1]));
    }

    private void attempts(Cohort cohort, Map<Long, Member> members) {
        Map<Long, Member> byEnrolment = byEnrolment(members);
        em.createQuery("""
                        select a.enrolment.id, a.quizId,
                               sum(case when a.status <> org.mhfa.quiz.AttemptStatus.STARTED then 1 else 0 end),
                               max(case when a.status = org.mhfa.quiz.AttemptStatus.SUBMITTED then a.scorePercent else null end),
                               max(case when a.passed = true then 1 else 0 end),
                               max(coalesce(a.submittedAt, a.startedAt))
                        from QuizAttempt a where a.enrolment.id in """ + ENROLMENTS + " group by a.enrolment.id, a.quizId", Object[].class)
                .setParameter("cohort", cohort).setParameter("course", cohort.courseId).getResultList()
                .forEach(row -> {
                    Member member = byEnrolment.get((Long) row[0]);
                    member.attemptStats.put("quiz:" + row[1], new int[] {((Number) row[2]).intValue(),
                        row[3] == null ? Integer.MIN_VALUE : ((Number) row[3]).intValue(), ((Number) row[4]).intValue()});
                    member.activity((Instant) row[5]);
                });
    }

    private void runs(Cohort cohort, Map<Long, Member> members) {
        Map<Long, Member> byEnrolment = byEnrolment(members);
        em.createQuery("""
                        select r.enrolment.id, r.scenarioId,
                               sum(case when r.status = org.mhfa.scenario.RunStatus.COMPLETED then 1 else 0 end),
                               max(case when r.status = org.mhfa.scenario.RunStatus.COMPLETED then r.score else null end),
                               max(case when r.passed = true then 1 else 0 end),
                               max(r.updatedAt)
                        from ScenarioRun r where r.enrolment.id in """ + ENROLMENTS + " group by r.enrolment.id, r.scenarioId", Object[].class)
                .setParameter("cohort", cohort).setParameter("course", cohort.courseId).getResultList()
                .forEach(row -> {
                    Member member = byEnrolment.get((Long) row[0]);
                    member.attemptStats.put("scenario:" + row[1], new int[] {((Number) row[2]).intValue(),
                        row[3] == null ? Integer.MIN_VALUE : ((Number) row[3]).intValue(), ((Number) row[4]).intValue()});
                    member.activity((Instant) row[5]);
                });
    }

    private int sessions(Cohort cohort) {
        return ((Number) em.createQuery("select count(s) from TrainingSession s where s.cohort = :cohort")
                .setParameter("cohort", cohort).getSingleResult()).intValue();
    }

    private void attendance(Cohort cohort, Map<Long, Member> members) {
        em.createQuery("""
                        select a.learner.id, sum(case when a.status = org.mhfa.cohort.AttendanceStatus.PRESENT then 1 else 0 end), count(a)
                        from Attendance a where a.session.cohort = :cohort group by a.learner.id""", Object[].class)
                .setParameter("cohort", cohort).getResultList()
                .forEach(row -> {
                    Member member = members.get((Long) row[0]);
                    if (member != null) {
                        member.present = ((Number) row[1]).intValue();
                        member.marked = ((Number) row[2]).intValue();
                    }
                });
    }

    private void certificates(Cohort cohort, Map<Long, Member> members) {
        Map<Long, Member> byEnrolment = byEnrolment(members);
        em.createQuery("select c from Certificate c where c.enrolment.id in " + ENROLMENTS, Certificate.class)
                .setParameter("cohort", cohort).setParameter("course", cohort.courseId).getResultList()
                .forEach(certificate -> {
                    Member member = byEnrolment.get(certificate.enrolment.id);
                    if (member.certificate == null || member.certificate.supersededBy != null) {
                        member.certificate = certificate;
                    }
                });
    }

    private MemberRow row(Course course, List<Quiz> quizzes, List<Scenario> scenarios, Member member, Instant inactiveBefore) {
        List<ItemResult> checks = quizzes.stream().map(quiz -> result(course, quiz, member, "quiz:")).toList();
        List<ItemResult> scenarioResults = scenarios.stream().map(scenario -> result(course, scenario, member, "scenario:")).toList();
        checks.stream().filter(ItemResult::counted).forEach(result -> member.done.add(result.itemId()));
        scenarioResults.stream().filter(ItemResult::counted).forEach(result -> member.done.add(result.itemId()));

        int modulesDone = 0;
        int modulesTotal = 0;
        boolean elearningDone = course != null;
        if (course != null) {
            for (CourseModule module : course.modules()) {
                List<ModuleItem> required = course.requiredItems(module);
                if (required.isEmpty()) {
                    continue;
                }
                modulesTotal++;
                if (required.stream().allMatch(item -> member.done.contains(item.id()))) {
                    modulesDone++;
                } else {
                    elearningDone = false;
                }
            }
        }
        elearningDone = elearningDone && member.enrolmentId != null;
        CertificateStatus status = member.certificate == null ? null
                : CertificateStatus.of(member.certificate, LocalDate.now(clock), certificateConfig.expiringSoonDays());
        String certificateStatus = status == null ? "None" : status.label();
        boolean certified = status != null && status != CertificateStatus.REVOKED && status != CertificateStatus.SUPERSEDED;
        boolean inactive = !member.completed && member.lastActivity != null && member.lastActivity.isBefore(inactiveBefore);
        return new MemberRow(member.memberId, member.learnerId, member.name, member.email, MemberStatus.ACTIVE, modulesDone, modulesTotal,
                (int) checks.stream().filter(ItemResult::counted).count(), checks.size(), checks, scenarioResults, member.present,
                member.marked, elearningDone, member.present > 0, member.completed, certificateStatus,
                member.certificate == null ? null : member.certificate.code, member.lastActivity, inactive, member.started, certified);
    }

    /** A member's result at a check or scenario: counted at the course's pass mark if it sets one, else by the item's own. */
    private static ItemResult result(Course course, ModuleItem item, Member member, String kind) {
        int[] stats = member.attemptStats.get(kind + item.id());
        if (stats == null) {
            return new ItemResult(item.id(), null, 0, false);
        }
        Integer best = stats[1] == Integer.MIN_VALUE ? null : stats[1];
        OptionalInt mark = course.completion().passMark(item.id());
        boolean counted = mark.isPresent() ? best != null && best >= mark.getAsInt() : stats[2] > 0;
        return new ItemResult(item.id(), best, stats[0], counted);
    }
}
