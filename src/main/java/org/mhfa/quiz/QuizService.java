package org.mhfa.quiz;

import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.Quiz;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.mhfa.catalogue.Course;
import org.mhfa.identity.Learner;
import org.mhfa.enrolment.Enrolment;
import org.mhfa.enrolment.EnrolmentService;

/** Starts, grades and records knowledge-check attempts under each check's rules; a pass may complete the course. */
@ApplicationScoped
public class QuizService {

    /** Grace allowed after a time limit for the page round trip. */
    static final Duration TIME_LIMIT_GRACE = Duration.ofSeconds(30);

    private final EnrolmentService enrolments;
    private final org.mhfa.catalogue.CourseCatalogue catalogue;
    private final ObjectMapper json;
    private final Event<AttemptClosed> closed;
    private final SecureRandom random = new SecureRandom();

    QuizService(EnrolmentService enrolments, org.mhfa.catalogue.CourseCatalogue catalogue, ObjectMapper json,
            Event<AttemptClosed> closed) {
        this.enrolments = enrolments;
        this.catalogue = catalogue;
        this.json = json;
        this.closed = closed;
    }

    @Transactional
    public AttemptRules rules(Learner learner, Course course, Quiz quiz) {
        return enrolments.enrolment(learner, course)
                .map(enrolment -> rulesFor(enrolment, quiz))
                .orElse(new AttemptRules(0, quiz.attemptLimit(), null, false, null));
    }

    /** The open attempt, or a new one with freshly drawn questions when the rules allow it. */
    @Transactional
    public QuizAttempt start(Learner learner, Course course, Quiz quiz) {
        Enrolment enrolment = enrolments.requireEnrolment(learner, course);
        AttemptRules rules = rulesFor(enrolment, quiz);
        if (rules.openAttempt() != null) {
            return rules.openAttempt();
        }
        String refusal = rules.refusal();
        if (refusal != null) {
            throw new AttemptNotAllowedException(refusal, rules.attemptsLeft() != null && rules.attemptsLeft() <= 0 ? null : rules.nextAttemptAt());
        }
        QuizAttempt attempt = new QuizAttempt();
        attempt.enrolment = enrolment;
        attempt.quizId = quiz.id();
        attempt.contentVersion = quiz.version();
        attempt.seed = random.nextLong();
        attempt.questionIds = QuizDraw.draw(quiz, attempt.seed).stream().map(Question::id).collect(Collectors.joining(","));
        attempt.status = AttemptStatus.STARTED;
        attempt.startedAt = Instant.now();
        attempt.persist();
        return attempt;
    }

    /**
     * Grades the answers to an open attempt. Past the time limit the attempt is closed as expired and scores nothing;
     * invalid answers change nothing.
     */
    @Transactional
    public QuizAttempt submit(Learner learner, Course course, Quiz quiz, long attemptId, Map<String, List<String>> answers) {
        QuizAttempt attempt = attemptOf(learner, course.id(), quiz.id(), attemptId).orElseThrow(AttemptNotFoundException::new);
        if (!attempt.isOpen()) {
            throw new AttemptNotAllowedException("This attempt has already been submitted.", null);
        }
        Quiz taken = asTaken(course, quiz, attempt);
        List<Question> questions = QuizDraw.drawnQuestions(taken, attempt);
        Instant now = Instant.now();
        if (deadline(taken, attempt).map(deadline -> now.isAfter(deadline.plus(TIME_LIMIT_GRACE))).orElse(false)) {
            attempt.status = AttemptStatus.EXPIRED;
            attempt.submittedAt = now;
            attempt.questionCount = questions.size();
            closed.fire(new AttemptClosed(attempt, course, taken, questions, Map.of(), null));
            return attempt;
        }
        QuizGrader.Grade grade = QuizGrader.grade(questions, taken.passMark(), answers);
        attempt.answers = write(new TreeMap<>(answers));
        attempt.correctCount = grade.fullyCorrect();
        attempt.questionCount = grade.total();
        attempt.scorePercent = grade.percent();
        attempt.passed = grade.passed();
        attempt.status = AttemptStatus.SUBMITTED;
        attempt.submittedAt = now;
        closed.fire(new AttemptClosed(attempt, course, taken, questions, answers, grade));
        return attempt;
    }

    /** The learner's submitted and expired attempts at the check, oldest first; none when not enrolled. */
    @Transactional
    public List<QuizAttempt> closedAttempts(Learner learner, Course course, Quiz quiz) {
        return enrolments.enrolment(learner, course).map(enrolment -> QuizAttempts.closed(enrolment, quiz.id())).orElse(List.of());
    }

    /** The learner's own attempt; another learner's attempt is reported as absent. */
    @Transactional
    public Optional<QuizAttempt> attemptOf(Learner learner, String courseId, String quizId, long attemptId) {
        return QuizAttempt.<QuizAttempt>findByIdOptional(attemptId)
                .filter(attempt -> attempt.enrolment.learner.id.equals(learner.id))
                .filter(attempt -> attempt.enrolment.courseId.equals(courseId) && attempt.quizId.equals(quizId));
    }

    public Optional<Instant> deadline(Quiz quiz, QuizAttempt attempt) {
        return Optional.ofNullable(quiz.timeLimitMinutes()).map(minutes -> attempt.startedAt.plus(Duration.ofMinutes(minutes)));
    }

    public Map<String, List<String>> answersOf(QuizAttempt attempt) {
        if (attempt.answers == null) {
            return Map.of();
        }
        try {
            return json.readValue(attempt.answers, new TypeReference<Map<String, List<String>>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answers of attempt " + attempt.id + " are not JSON", e);
        }
    }

    /**
     * The knowledge check as the attempt was started with it: an attempt open across a publish is shown, checked and
     * graded on its own version (as a scenario run is), the served one when that version is no longer kept.
     */
    public Quiz asTaken(Course course, Quiz served, QuizAttempt attempt) {
        return catalogue.quizAsTaken(course, served, attempt.contentVersion);
    }

    /** The questions the attempt drew, as its own version of the check words them. */
    public List<Question> questionsOf(Course course, Quiz served, QuizAttempt attempt) {
        return QuizDraw.drawnQuestions(asTaken(course, served, attempt), attempt);
    }

    /**
     * The review a trainee may see of an attempt, under the check's review policy, with the questions as the attempt asked
     * them (an earlier published version when the check or a bank it draws from has changed since).
     */
    @Transactional
    public AttemptReview review(Learner learner, Course course, Quiz quiz, QuizAttempt attempt) {
        boolean passedEver = rules(learner, course, quiz).passed();
        Quiz taken = asTaken(course, quiz, attempt);
        return AttemptReview.of(attempt, taken, QuizDraw.drawnQuestions(taken, attempt), answersOf(attempt), passedEver);
    }

    private AttemptRules rulesFor(Enrolment enrolment, Quiz quiz) {
        List<QuizAttempt> attempts = QuizAttempt.listFor(enrolment, quiz.id());
        QuizAttempt open = attempts.stream().filter(QuizAttempt::isOpen).reduce((first, second) -> second).orElse(null);
        List<QuizAttempt> closed = attempts.stream().filter(attempt -> !attempt.isOpen()).toList();
        boolean passed = closed.stream().anyMatch(attempt -> attempt.passed);
        Integer left = quiz.attemptLimit() == null ? null : Math.max(0, quiz.attemptLimit() - closed.size());
        Instant next = closed.stream().map(attempt -> attempt.submittedAt).max(Instant::compareTo)
                .map(last -> last.plus(Duration.ofMinutes(quiz.retryAfterMinutes())))
                .filter(at -> quiz.retryAfterMinutes() > 0)
                .orElse(null);
        return new AttemptRules(closed.size(), left, next, passed, open);
    }

    private String write(Map<String, List<String>> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
