package org.mhfa.progress;

import org.mhfa.enrolment.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.CourseModule;
import org.mhfa.catalogue.Lesson;
import org.mhfa.catalogue.ModuleItem;
import org.mhfa.identity.Learner;
import org.mhfa.quiz.AttemptStatus;
import org.mhfa.catalogue.Quiz;
import org.mhfa.quiz.QuizAttempt;
import org.mhfa.scenario.RunStatus;
import org.mhfa.catalogue.Scenario;
import org.mhfa.scenario.ScenarioRun;

/** Gathers a trainee's enrolments with their progress, scores and time spent, and their certificates. */
@ApplicationScoped
public class MyLearning {

    private final ContentRepository content;
    private final ProgressService progress;
    private final IssuedCertificates certificates;

    MyLearning(ContentRepository content, ProgressService progress, IssuedCertificates certificates) {
        this.content = content;
        this.progress = progress;
        this.certificates = certificates;
    }

    @Transactional
    public List<CourseProgress> courses(Learner learner) {
        return Enrolment.listFor(learner).stream()
                .map(enrolment -> content.course(enrolment.courseId).map(course -> progress.progress(learner, course)))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Every enrolled course of the learner (that still exists) with its overview, in the order of enrolment. */
    @Transactional
    public List<LearningOverview> overviews(Learner learner) {
        return Enrolment.listFor(learner).stream()
                .map(enrolment -> content.course(enrolment.courseId).map(course -> overview(course, enrolment)))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The overview of one course, empty when the learner has not enrolled in it. */
    @Transactional
    public Optional<LearningOverview> overview(Learner learner, Course course) {
        return Enrolment.find(learner, course.id()).map(enrolment -> overview(course, enrolment));
    }

    private LearningOverview overview(Course course, Enrolment enrolment) {
        ProgressService.Activity activity = ProgressService.Activity.of(enrolment);
        CourseProgress courseProgress = progress.progressOf(course, enrolment, activity);

        List<LearningOverview.ModuleOverview> modules = course.modules().stream().map(module -> {
            List<ModuleItem> required = course.requiredItems(module);
            int done = (int) required.stream().filter(courseProgress::done).count();
            return new LearningOverview.ModuleOverview(module, done, required.size(), courseProgress.modulePercent(module));
        }).toList();

        Map<String, List<QuizAttempt>> attempts = activity.attempts().stream()
                .filter(attempt -> !attempt.isOpen())
                .collect(Collectors.groupingBy(attempt -> attempt.quizId));
        List<LearningOverview.ItemScores> checks = course.items().filter(Quiz.class::isInstance).map(Quiz.class::cast)
                .map(quiz -> {
                    List<QuizAttempt> closed = attempts.getOrDefault(quiz.id(), List.of());
                    Integer best = closed.stream().filter(attempt -> attempt.status == AttemptStatus.SUBMITTED)
                            .map(attempt -> attempt.scorePercent).max(Integer::compare).orElse(null);
                    return new LearningOverview.ItemScores(quiz, closed.size(), best,
                            course.completion().passMark(quiz.id()).orElse(quiz.passMark()), "%", courseProgress.done(quiz),
                            url(course, quiz));
                }).toList();

        Map<String, List<ScenarioRun>> runs = activity.runs().stream()
                .filter(run -> run.status == RunStatus.COMPLETED)
                .collect(Collectors.groupingBy(run -> run.scenarioId));
        List<LearningOverview.ItemScores> scenarios = course.items().filter(Scenario.class::isInstance).map(Scenario.class::cast)
                .map(scenario -> {
                    List<ScenarioRun> finished = runs.getOrDefault(scenario.id(), List.of());
                    Integer best = finished.stream().map(run -> run.score).max(Integer::compare).orElse(null);
                    return new LearningOverview.ItemScores(scenario, finished.size(), best,
                            course.completion().passMark(scenario.id()).orElse(scenario.passScore()), "points",
                            courseProgress.done(scenario), url(course, scenario));
                }).toList();

        return new LearningOverview(courseProgress, modules, checks, scenarios, timeSpent(course, activity),
                lastActivity(enrolment, activity));
    }

    /** See {@link TimeSpent} for what is counted. */
    static TimeSpent timeSpent(Course course, ProgressService.Activity activity) {
        Map<String, Instant> viewed = activity.views().stream()
                .collect(Collectors.toMap(view -> view.lessonId, view -> view.firstViewedAt, (a, b) -> a.isBefore(b) ? a : b));
        Duration lessons = activity.lessons().stream()
                .map(read -> TimeSpent.span(viewed.get(read.lessonId), read.completedAt, TimeSpent.LESSON_CAP))
                .reduce(Duration.ZERO, Duration::plus);
        Duration checks = activity.attempts().stream().filter(attempt -> !attempt.isOpen())
                .map(attempt -> TimeSpent.span(attempt.startedAt, attempt.submittedAt, course.quiz(attempt.quizId)
                        .map(Quiz::timeLimitMinutes).filter(Objects::nonNull).map(Duration::ofMinutes).orElse(TimeSpent.ATTEMPT_CAP)))
                .reduce(Duration.ZERO, Duration::plus);
        Duration scenarios = activity.runs().stream()
                .map(run -> TimeSpent.span(run.startedAt, run.updatedAt, TimeSpent.RUN_CAP))
                .reduce(Duration.ZERO, Duration::plus);
        return new TimeSpent(lessons, checks, scenarios);
    }

    private static Instant lastActivity(Enrolment enrolment, ProgressService.Activity activity) {
        return Stream.of(Stream.of(enrolment.enrolledAt),
                        activity.lessons().stream().map(read -> read.completedAt),
                        activity.views().stream().map(view -> view.firstViewedAt),
                        activity.attempts().stream().map(attempt -> attempt.submittedAt != null ? attempt.submittedAt : attempt.startedAt),
                        activity.runs().stream().map(run -> run.updatedAt))
                .flatMap(Function.identity())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(enrolment.enrolledAt);
    }

    private static String url(Course course, ModuleItem item) {
        return "/courses/" + course.id() + "/" + item.kind() + "/" + item.id();
    }

    @Transactional
    public List<CertificateSummary> certificates(Learner learner) {
        return certificates.heldBy(learner);
    }
}
