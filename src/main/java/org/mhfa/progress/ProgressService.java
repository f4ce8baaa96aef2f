package org.mhfa.progress;

import org.mhfa.enrolment.Enrolment;
import org.mhfa.enrolment.LessonCompleted;
import org.mhfa.enrolment.LessonProgress;
import org.mhfa.enrolment.LessonView;
import org.mhfa.enrolment.LessonViewed;
import org.mhfa.enrolment.NotEnrolledException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Optional;
import java.util.Set;
import org.mhfa.certificate.Certificate;
import org.mhfa.certificate.CertificateService;
import org.mhfa.cohort.Attendance;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Lesson;
import org.mhfa.identity.Learner;
import org.mhfa.quiz.AttemptStatus;
import org.mhfa.quiz.QuizAttempt;
import org.mhfa.scenario.RunStatus;
import org.mhfa.scenario.ScenarioRun;

/** Enrolment, lesson progress and completion: completing a course issues its certificate. */
@ApplicationScoped
public class ProgressService {

    private final CertificateService certificates;
    private final Event<Object> events;

    ProgressService(CertificateService certificates, Event<Object> events) {
        this.certificates = certificates;
        this.events = events;
    }

    /** Enrols the learner; enrolling twice is harmless and returns the first enrolment. */
    @Transactional
    public Enrolment enrol(Learner learner, Course course) {
        return Enrolment.find(learner, course.id()).orElseGet(() -> {
            if (course.isRefresher()) {
                String refusal = certificates.renewal(learner, course).refusal();
                if (refusal != null) {
                    throw new org.mhfa.enrolment.NotRenewableException(refusal);
                }
            }
            Enrolment enrolment = new Enrolment();
            enrolment.learner = learner;
            enrolment.courseId = course.id();
            enrolment.enrolledAt = Instant.now();
            enrolment.persist();
            return enrolment;
        });
    }

    @Transactional
    public Optional<Enrolment> enrolment(Learner learner, Course course) {
        return Enrolment.find(learner, course.id());
    }

    /**
     * The learner's enrolment, locked for the rest of the transaction: writes to one learner's progress in one course
     * happen one after the other, so concurrent requests can neither record a step twice nor issue two certificates.
     */
    @Transactional
    public Enrolment requireEnrolment(Learner learner, Course course) {
        Enrolment enrolment = Enrolment.find(learner, course.id()).orElseThrow(() -> new NotEnrolledException(course.id()));
        return lock(enrolment);
    }

    private static Enrolment lock(Enrolment enrolment) {
        Enrolment.getEntityManager().refresh(enrolment, LockModeType.PESSIMISTIC_WRITE);
        return enrolment;
    }

    /** Records when the learner first opened a lesson (for the time spent). */
    private static void recordFirstView(Enrolment enrolment, Lesson lesson) {
        if (viewed(enrolment, lesson)) {
            return;
        }
        lock(enrolment);
        if (!viewed(enrolment, lesson)) {
            LessonView view = new LessonView();
            view.enrolment = enrolment;
            view.lessonId = lesson.id();
            view.firstViewedAt = Instant.now();
            view.persist();
        }
    }

    private static boolean viewed(Enrolment enrolment, Lesson lesson) {
        return LessonView.count("enrolment = ?1 and lessonId = ?2", enrolment, lesson.id()) > 0;
    }

    /** Records that the learner read the lesson (in the version being served) and completes the course if it was the last step. */
    @Transactional
    public CourseProgress markLessonRead(Learner learner, Course course, Lesson lesson) {
        Enrolment enrolment = requireEnrolment(learner, course);
        boolean alreadyRead = LessonProgress.count("enrolment = ?1 and lessonId = ?2", enrolment, lesson.id()) > 0;
        if (!alreadyRead) {
            LessonProgress progress = new LessonProgress();
            progress.enrolment = enrolment;
            progress.lessonId = lesson.id();
            progress.contentVersion = lesson.version();
            progress.completedAt = Instant.now();
            progress.persist();
            events.fire(new LessonCompleted(enrolment, course, lesson, progress.completedAt));
        }
        return completeIfDone(course, enrolment);
    }

    /**
     * Records when the e-learning was finished, and completes the enrolment and issues the certificate once the course's
     * completion rules are met (every required item done at its pass mark, and attendance where the course asks for it).
     * Call it after anything that may be the last missing step; it does nothing more than once.
     */
    @Transactional
    public CourseProgress completeIfDone(Course course, Enrolment enrolment) {
        lock(enrolment);
        CourseProgress progress = progressOf(course, enrolment);
        if (progress.elearningDone() && enrolment.elearningCompletedAt == null) {
            enrolment.elearningCompletedAt = Instant.now();
            progress = progressOf(course, enrolment);
        }
        if (progress.complete() && enrolment.completedAt == null) {
            enrolment.completedAt = Instant.now();
            events.fire(new CourseCompleted(enrolment, course));
            Optional<String> code = certificates.issue(enrolment, course).map(certificate -> certificate.code);
            return new CourseProgress(course, enrolment, progress.doneItemIds(), code, progress.attendances());
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
        recordFirstView(enrolment.get(), lesson);
        events.fire(new LessonViewed(enrolment.get(), course, lesson, Instant.now()));
        return progressOf(course, enrolment.get());
    }

    @Transactional
    public CourseProgress progress(Learner learner, Course course) {
        return Enrolment.find(learner, course.id())
                .map(enrolment -> progressOf(course, enrolment))
                .orElseGet(() -> notEnrolled(course));
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
        Optional<String> code = Certificate.findByEnrolment(enrolment).map(certificate -> certificate.code);
        List<Instant> attendances = course.requiresAttendance() ? Attendance.attendedAt(enrolment.learner.id, course.id()) : List.of();
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
