package org.mhfa.progress;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Lesson;
import org.mhfa.enrolment.CoursePosition;
import org.mhfa.enrolment.CoursePositions;
import org.mhfa.enrolment.Enrolment;
import org.mhfa.enrolment.EnrolmentService;
import org.mhfa.enrolment.LessonProgress;
import org.mhfa.enrolment.LessonView;
import org.mhfa.identity.Learner;
import org.mhfa.quiz.AttemptClosed;
import org.mhfa.quiz.AttemptStatus;
import org.mhfa.quiz.QuizAttempt;
import org.mhfa.scenario.RunStatus;
import org.mhfa.scenario.ScenarioCompleted;
import org.mhfa.scenario.ScenarioRun;

/**
 * A learner's progress through a course and its completion: completing a course fires {@link CourseCompleted}, which the
 * certificate feature answers by issuing the certificate in the same transaction. Completion is checked whenever a step
 * may have been the last: a lesson read, an attempt graded, a scenario finished, attendance marked.
 */
@ApplicationScoped
public class ProgressService implements CoursePositions {

    /** After the features' own observers of the same event (learning records), as when completion was called directly. */
    static final int AFTER_FEATURE_OBSERVERS = Interceptor.Priority.APPLICATION + 1000;

    private final EnrolmentService enrolments;
    private final IssuedCertificates certificates;
    private final AttendanceRecords attendance;
    private final Event<CourseCompleted> completed;

    ProgressService(EnrolmentService enrolments, IssuedCertificates certificates, AttendanceRecords attendance,
            Event<CourseCompleted> completed) {
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.attendance = attendance;
        this.completed = completed;
    }

    /** Enrols the learner (see {@link EnrolmentService#enrol}). */
    @Transactional
    public Enrolment enrol(Learner learner, Course course) {
        return enrolments.enrol(learner, course);
    }

    /** Records that the learner read the lesson (in the version being served) and completes the course if it was the last step. */
    @Transactional
    public CourseProgress markLessonRead(Learner learner, Course course, Lesson lesson) {
        Enrolment enrolment = enrolments.requireEnrolment(learner, course);
        enrolments.recordLessonRead(enrolment, course, lesson);
        return completeIfDone(course, enrolment);
    }

    void attemptClosed(@Observes @Priority(AFTER_FEATURE_OBSERVERS) AttemptClosed closed) {
        if (closed.attempt().status == AttemptStatus.SUBMITTED) {
            completeIfDone(closed.course(), closed.attempt().enrolment);
        }
    }

    void scenarioCompleted(@Observes @Priority(AFTER_FEATURE_OBSERVERS) ScenarioCompleted completedRun) {
        completeIfDone(completedRun.course(), completedRun.run().enrolment);
    }

    /**
     * Records when the e-learning was finished, and completes the enrolment once the course's completion rules are met
     * (every required item done at its pass mark, and attendance where the course asks for it), which issues the
     * certificate. Call it after anything that may be the last missing step; it does nothing more than once.
     */
    @Transactional
    public CourseProgress completeIfDone(Course course, Enrolment enrolment) {
        enrolments.lock(enrolment);
        CourseProgress progress = progressOf(course, enrolment);
        if (progress.elearningDone() && enrolment.elearningCompletedAt == null) {
            enrolment.elearningCompletedAt = Instant.now();
            progress = progressOf(course, enrolment);
        }
        if (progress.complete() && enrolment.completedAt == null) {
            enrolment.completedAt = Instant.now();
            completed.fire(new CourseCompleted(enrolment, course));
            return new CourseProgress(course, enrolment, progress.doneItemIds(), certificates.codeOf(enrolment), progress.attendances());
        }
        return progress;
    }

    /** Completes the learner's enrolment in the course if attendance was its last missing step (the hook for attendance). */
    @Transactional
    public Optional<CourseProgress> attendanceRecorded(Long learnerId, Course course) {
        return Enrolment.<Enrolment>find("learner.id = ?1 and courseId = ?2", learnerId, course.id()).firstResultOptional()
                .map(enrolment -> completeIfDone(course, enrolment));
    }

    /** The learner's progress in the course; for an enrolled learner, also records that they opened the lesson (time spent, learning records). */
    @Transactional
    public CourseProgress viewLesson(Learner learner, Course course, Lesson lesson) {
        Optional<Enrolment> enrolment = Enrolment.find(learner, course.id());
        if (enrolment.isEmpty()) {
            return notEnrolled(course);
        }
        enrolments.recordView(enrolment.get(), course, lesson);
        return progressOf(course, enrolment.get());
    }

    @Transactional
    public CourseProgress progress(Learner learner, Course course) {
        return Enrolment.find(learner, course.id())
                .map(enrolment -> progressOf(course, enrolment))
                .orElseGet(() -> notEnrolled(course));
    }

    @Override
    @Transactional
    public CoursePosition of(Learner learner, Course course) {
        CourseProgress progress = progress(learner, course);
        return new CoursePosition(progress.enrolled(), progress.next(), progress.certificateCode());
    }

    /** The progress of someone who has not enrolled: nothing done. */
    public CourseProgress notEnrolled(Course course) {
        return new CourseProgress(course, null, Set.of(), Optional.empty());
    }

    /** What a learner did in one course, loaded once: lessons read and opened, knowledge-check attempts, scenario runs. */
    record Activity(List<LessonProgress> lessons, List<LessonView> views, List<QuizAttempt> attempts, List<ScenarioRun> runs) {

        static Activity of(Enrolment enrolment) {
            return new Activity(LessonProgress.listFor(enrolment), LessonView.listFor(enrolment), QuizAttempt.listFor(enrolment),
                    ScenarioRun.listFor(enrolment));
        }
    }

    private CourseProgress progressOf(Course course, Enrolment enrolment) {
        return progressOf(course, enrolment, new Activity(LessonProgress.listFor(enrolment), List.of(), QuizAttempt.listFor(enrolment),
                ScenarioRun.listFor(enrolment)));
    }

    CourseProgress progressOf(Course course, Enrolment enrolment, Activity activity) {
        Set<String> done = new HashSet<>();
        activity.lessons().forEach(lesson -> done.add(lesson.lessonId));
        activity.attempts().stream().filter(attempt -> counts(course, attempt)).forEach(attempt -> done.add(attempt.quizId));
        activity.runs().stream().filter(run -> counts(course, run)).forEach(run -> done.add(run.scenarioId));
        Optional<String> code = certificates.codeOf(enrolment);
        List<Instant> attendances = course.requiresAttendance() ? attendance.attendedAt(enrolment.learner.id, course.id()) : List.of();
        return new CourseProgress(course, enrolment, Set.copyOf(done), code, attendances);
    }

    /** A submitted attempt counts when it reaches the course's pass mark for the check, or else the check's own. */
    static boolean counts(Course course, QuizAttempt attempt) {
        OptionalInt mark = course.completion().passMark(attempt.quizId);
        return mark.isPresent() ? attempt.status == AttemptStatus.SUBMITTED && attempt.scorePercent >= mark.getAsInt() : attempt.passed;
    }

    /** A finished run counts when its score reaches the course's pass mark for the scenario, or else the scenario's own. */
    static boolean counts(Course course, ScenarioRun run) {
        OptionalInt mark = course.completion().passMark(run.scenarioId);
        return mark.isPresent() ? run.status == RunStatus.COMPLETED && run.score >= mark.getAsInt() : Boolean.TRUE.equals(run.passed);
    }
}
