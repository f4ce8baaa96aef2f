package org.mhfa.progress;

import org.mhfa.enrolment.Enrolment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mhfa.catalogue.CompletionRules;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.CourseModule;
import org.mhfa.catalogue.ModuleItem;

/**
 * How far a learner is through a course: what is done, what comes next, whether it is complete. {@code attendances} are
 * the start times of the instructor-led sessions of the course where the learner was marked present.
 */
public record CourseProgress(Course course, Enrolment enrolment, Set<String> doneItemIds, Optional<String> certificateCode,
        List<Instant> attendances) {

    public CourseProgress {
        attendances = attendances == null ? List.of() : List.copyOf(attendances);
    }

    /** Progress in a course that asks for no attendance (or before attendance is looked up). */
    public CourseProgress(Course course, Enrolment enrolment, Set<String> doneItemIds, Optional<String> certificateCode) {
        this(course, enrolment, doneItemIds, certificateCode, List.of());
    }

    public boolean enrolled() {
        return enrolment != null;
    }

    public boolean done(ModuleItem item) {
        return doneItemIds.contains(item.id());
    }

    /** Required items done, plus the attendance where the course asks for it and it is met, as a share of all steps. */
    public int percent() {
        List<ModuleItem> required = course.requiredItems();
        int steps = required.size() + (attendanceRequired() ? 1 : 0);
        if (steps == 0) {
            return enrolled() ? 100 : 0;
        }
        long done = required.stream().filter(this::done).count() + (attendanceRequired() && attendanceMet() ? 1 : 0);
        return (int) (done * 100 / steps);
    }

    public int modulePercent(CourseModule module) {
        List<ModuleItem> required = course.requiredItems(module);
        if (required.isEmpty()) {
            return 100;
        }
        return (int) (required.stream().filter(this::done).count() * 100 / required.size());
    }

    /** Every required item is done (the e-learning part of a blended course). */
    public boolean elearningDone() {
        return course.requiredItems().stream().allMatch(this::done);
    }

    /** When the e-learning was finished: as recorded, or now when it is done but not yet recorded. */
    public Optional<Instant> elearningCompletedAt() {
        if (!elearningDone()) {
            return Optional.empty();
        }
        return Optional.of(enrolment != null && enrolment.elearningCompletedAt != null ? enrolment.elearningCompletedAt : Instant.now());
    }

    public boolean attendanceRequired() {
        return course.requiresAttendance();
    }

    /** The session attendance that meets the course's attendance rule, if any (only once the e-learning is done). */
    public Optional<Instant> qualifyingAttendance() {
        Optional<Instant> finished = elearningCompletedAt();
        if (finished.isEmpty()) {
            return Optional.empty();
        }
        return attendances.stream().filter(attended -> qualifies(course.completion().attendance(), finished.get(), attended)).findFirst();
    }

    /**
     * True when a session attended at {@code attended} meets the rule for e-learning finished at {@code finished}: with
     * {@code within-days: N}, the session's day (UTC) is at most N days before or after the day the e-learning was finished.
     */
    public static boolean qualifies(CompletionRules.AttendanceRule rule, Instant finished, Instant attended) {
        if (rule.withinDays() == null) {
            return true;
        }
        LocalDate finishedOn = LocalDate.ofInstant(finished, ZoneOffset.UTC);
        LocalDate attendedOn = LocalDate.ofInstant(attended, ZoneOffset.UTC);
        return Math.abs(ChronoUnit.DAYS.between(finishedOn, attendedOn)) <= rule.withinDays();
    }

    public boolean attendanceMet() {
        return !attendanceRequired() || qualifyingAttendance().isPresent();
    }

    /** The e-learning is done and only attendance at an instructor-led session is missing. */
    public boolean awaitingAttendance() {
        return elearningDone() && !attendanceMet();
    }

    public boolean complete() {
        return elearningDone() && attendanceMet();
    }

    /** The first item not yet done, in course order. */
    public Optional<ModuleItem> next() {
        return course.items().filter(item -> !done(item)).findFirst();
    }

    public Instant completedAt() {
        return enrolment == null ? null : enrolment.completedAt;
    }
}
