package org.mhfa.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mhfa.identity.Learner;
import org.mhfa.privacy.Erasure;
import org.mhfa.privacy.PersonalDataHolder;

/**
 * Cohort places, attendance and bulk-run lines of a trainee, and the cohorts and runs an instructor ran. On a trainee's
 * erasure their memberships and attendance marks go; their line in a bulk certificate run stays for the run's counts but
 * under the pseudonym, without its PDF or file name. An instructor's cohorts, sessions and runs stay (their trainees'
 * records depend on them) and point at the pseudonymised learner row. Any copy of the name or e-mail in a cohort's name or
 * place, a session's place, an attendance note or a run line's message is replaced by the pseudonym, whoever's row it is.
 */
@ApplicationScoped
public class CohortPersonalData implements PersonalDataHolder {

    /** The cohort section of the export. */
    public record CohortData(List<Membership> memberships, List<CohortRun> cohortsRun) {
    }

    /** A cohort the trainee is in, with their attendance and their lines in bulk certificate runs. */
    public record Membership(long cohortId, String cohortName, String courseId, LocalDate startsOn, LocalDate endsOn,
            String place, String invitedEmail, MemberStatus status, Instant enrolledAt, List<AttendanceData> attendance,
            List<RunLine> certificateRuns) {
    }

    /** An attendance mark in the export; who marked it is left out (that is someone else's name). */
    public record AttendanceData(long id, long sessionId, Instant sessionStartsAt, int durationMinutes, AttendanceStatus status,
            String note, Instant recordedAt) {
    }

    /** The trainee's line in a bulk certificate run; the PDF itself is downloadable from the certificate. */
    public record RunLine(long id, long runId, String holderName, CertificateRunItem.Outcome outcome, String message,
            String certificateCode, String fileName) {
    }

    /** A cohort the person runs as instructor; its members are other people and are left out. */
    public record CohortRun(long id, String name, String courseId, LocalDate startsOn, LocalDate endsOn, String place,
            String videoLink, int capacity, Instant createdAt, long sessions, List<RunStarted> certificateRunsStarted) {
    }

    /** A bulk certificate run the person started, as counts. */
    public record RunStarted(long id, CertificateRun.State state, int total, int issued, int skipped, int failed,
            Instant startedAt, Instant finishedAt) {
    }

    private final EntityManager entityManager;

    CohortPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String section() {
        return "cohorts";
    }

    @Override
    public Set<String> tables() {
        return Set.of("cohort", "cohort_member", "training_session", "attendance", "certificate_run", "certificate_run_item");
    }

    @Override
    public Object export(Learner learner) {
        List<Membership> memberships = CohortMember.listForLearner(learner).stream().map(member -> new Membership(
                member.cohort.id, member.cohort.name, member.cohort.courseId, member.cohort.startsOn, member.cohort.endsOn,
                member.cohort.place, member.invitedEmail, member.status, member.enrolledAt,
                attendance(learner, member.cohort), runLines(learner, member.cohort))).toList();
        List<CohortRun> run = Cohort.ownedBy(learner).stream().map(cohort -> new CohortRun(cohort.id, cohort.name,
                cohort.courseId, cohort.startsOn, cohort.endsOn, cohort.place, cohort.videoLink, cohort.capacity,
                cohort.createdAt, TrainingSession.count("cohort", cohort), runsStarted(learner, cohort))).toList();
        return new CohortData(memberships, run);
    }

    private List<AttendanceData> attendance(Learner learner, Cohort cohort) {
        return entityManager.createQuery("select a from Attendance a join fetch a.session s where a.learner = :learner "
                        + "and s.cohort = :cohort order by s.startsAt, a.id", Attendance.class)
                .setParameter("learner", learner).setParameter("cohort", cohort).getResultStream()
                .map(a -> new AttendanceData(a.id, a.session.id, a.session.startsAt, a.session.durationMinutes, a.status, a.note,
                        a.recordedAt))
                .toList();
    }

    private List<RunLine> runLines(Learner learner, Cohort cohort) {
        return entityManager.createQuery("select i from CertificateRunItem i join fetch i.run r where i.learner = :learner "
                        + "and r.cohort = :cohort order by r.startedAt, i.id", CertificateRunItem.class)
                .setParameter("learner", learner).setParameter("cohort", cohort).getResultStream()
                .map(i -> new RunLine(i.id, i.run.id, i.holderName, i.outcome, i.message, i.displayCode(), i.fileName))
                .toList();
    }

    private List<RunStarted> runsStarted(Learner learner, Cohort cohort) {
        return entityManager.createQuery("select r from CertificateRun r where r.startedBy = :learner and r.cohort = :cohort "
                        + "order by r.startedAt, r.id", CertificateRun.class)
                .setParameter("learner", learner).setParameter("cohort", cohort).getResultStream()
                .map(r -> new RunStarted(r.id, r.state, r.total, r.issued, r.skipped, r.failed, r.startedAt, r.finishedAt))
                .toList();
    }

    @Override
    public void erase(Erasure erasure) {
        Learner learner = erasure.learner();
        entityManager.createQuery("delete from Attendance a where a.learner = :learner")
                .setParameter("learner", learner).executeUpdate();
        entityManager.createQuery("delete from CohortMember m where m.learner = :learner")
                .setParameter("learner", learner).executeUpdate();
        entityManager.createQuery("update CertificateRunItem i set i.holderName = :pseudonym, i.pdf = null, i.fileName = null, "
                        + "i.message = null where i.learner = :learner")
                .setParameter("pseudonym", erasure.pseudonym()).setParameter("learner", learner).executeUpdate();
        if (erasure.formerEmail() != null) {
            entityManager.createQuery("update CohortMember m set m.invitedEmail = null where lower(m.invitedEmail) = :email")
                    .setParameter("email", erasure.formerEmail().toLowerCase(Locale.ROOT)).executeUpdate();
        }
        for (Cohort cohort : containing(Cohort.class, "name", "place", erasure)) {
            cohort.name = erasure.scrub(cohort.name);
            cohort.place = erasure.scrub(cohort.place);
        }
        for (TrainingSession session : containing(TrainingSession.class, "place", null, erasure)) {
            session.place = erasure.scrub(session.place);
        }
        for (Attendance attendance : containing(Attendance.class, "note", null, erasure)) {
            attendance.note = erasure.scrub(attendance.note);
        }
        for (CertificateRunItem item : containing(CertificateRunItem.class, "holderName", "message", erasure)) {
            item.holderName = erasure.scrub(item.holderName);
            item.message = erasure.scrub(item.message);
        }
    }

    /** The rows of the entity whose text field(s) hold the former name or e-mail (case ignored). */
    private <T> List<T> containing(Class<T> entity, String field, String otherField, Erasure erasure) {
        List<String> personal = java.util.stream.Stream.of(erasure.formerName(), erasure.formerEmail())
                .filter(value -> value != null && !value.isBlank()).map(value -> value.toLowerCase(Locale.ROOT)).toList();
        if (personal.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        for (String name : otherField == null ? List.of(field) : List.of(field, otherField)) {
            for (int i = 0; i < personal.size(); i++) {
                where.append(where.isEmpty() ? "" : " or ").append("lower(e.").append(name).append(") like :p").append(i);
            }
        }
        var query = entityManager.createQuery("select e from " + entity.getSimpleName() + " e where " + where, entity);
        for (int i = 0; i < personal.size(); i++) {
            query.setParameter("p" + i, "%" + personal.get(i) + "%");
        }
        return query.getResultList();
    }
}
