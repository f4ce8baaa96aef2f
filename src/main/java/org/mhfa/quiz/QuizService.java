package org.mhfa.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mhfa.course.Course;
import org.mhfa.identity.Learner;
import org.mhfa.progress.Enrolment;
import org.mhfa.progress.ProgressService;

/** Grades and records knowledge-check attempts; a pass may complete the course. */
@ApplicationScoped
public class QuizService {

    private final ProgressService progress;
    private final ObjectMapper json;

    QuizService(ProgressService progress, ObjectMapper json) {
        this.progress = progress;
        this.json = json;
    }

    /** Grades the answers (question id to option id) and records the attempt; nothing is written when they are invalid. */
    @Transactional
    public QuizAttempt submit(Learner learner, Course course, Quiz quiz, Map<String, String> answers) {
        Enrolment enrolment = progress.requireEnrolment(learner, course);
        QuizGrader.Grade grade = QuizGrader.grade(quiz, answers);
        QuizAttempt attempt = new QuizAttempt();
        attempt.enrolment = enrolment;
        attempt.quizId = quiz.id();
        attempt.contentVersion = quiz.version();
        attempt.answers = write(new TreeMap<>(answers));
        attempt.correctCount = grade.correct();
        attempt.questionCount = grade.total();
        attempt.scorePercent = grade.percent();
        attempt.passed = grade.passed();
        attempt.submittedAt = Instant.now();
        attempt.persist();
        if (attempt.passed) {
            progress.completeIfDone(course, enrolment);
        }
        return attempt;
    }

    /** The learner's own attempt; another learner's attempt is reported as absent. */
    @Transactional
    public Optional<QuizAttempt> attemptOf(Learner learner, String courseId, String quizId, long attemptId) {
        return QuizAttempt.<QuizAttempt>findByIdOptional(attemptId)
                .filter(attempt -> attempt.enrolment.learner.id.equals(learner.id))
                .filter(attempt -> attempt.enrolment.courseId.equals(courseId) && attempt.quizId.equals(quizId));
    }

    public Map<String, String> answersOf(QuizAttempt attempt) {
        try {
            return json.readValue(attempt.answers, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answers of attempt " + attempt.id + " are not JSON", e);
        }
    }

    private String write(Map<String, String> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
