package org.mhfa.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Lesson;
import org.mhfa.identity.Learner;

/** Enrolments and lesson progress: enrolling, the per-enrolment lock, lessons opened and read. */
@ApplicationScoped
public class EnrolmentService {

    private final RenewalCheck renewals;
    private final Event<Object> events;

    EnrolmentService(RenewalCheck renewals, Event<Object> events) {
        this.renewals = renewals;
        this.events = events;
    }

    /** Enrols the learner; enrolling twice is harmless and returns the first enrolment. A refresher needs an open renewal. */
    @Transactional
    public Enrolment enrol(Learner learner, Course course) {
        return Enrolment.find(learner, course.id()).orElseGet(() -> {
            if (course.isRefresher()) {
                String refusal = renewals.renewal(learner, course).refusal();
                if (refusal != null) {
                    throw new NotRenewableException(refusal);
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

    /** Locks the enrolment for the rest of the transaction (see {@link #requireEnrolment}). */
    public Enrolment lock(Enrolment enrolment) {
        Enrolment.getEntityManager().refresh(enrolment, LockModeType.PESSIMISTIC_WRITE);
        return enrolment;
    }

    /** Records that the learner read the lesson (in the version being served), once; the enrolment must be locked. */
    @Transactional
    public void recordLessonRead(Enrolment enrolment, Course course, Lesson lesson) {
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
    }

    /** Records that the learner opened the lesson: when first (for the time spent), and each time as a learning event. */
    @Transactional
    public void recordView(Enrolment enrolment, Course course, Lesson lesson) {
        if (!viewed(enrolment, lesson)) {
            lock(enrolment);
            if (!viewed(enrolment, lesson)) {
                LessonView view = new LessonView();
                view.enrolment = enrolment;
                view.lessonId = lesson.id();
                view.firstViewedAt = Instant.now();
                view.persist();
            }
        }
        events.fire(new LessonViewed(enrolment, course, lesson, Instant.now()));
    }

    private static boolean viewed(Enrolment enrolment, Lesson lesson) {
        return LessonView.count("enrolment = ?1 and lessonId = ?2", enrolment, lesson.id()) > 0;
    }
}
