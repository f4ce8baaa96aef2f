package org.mhfa.quiz;

import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.QuizOption;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.CourseCatalogue;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.platform.Roles;
import org.mhfa.platform.ErrorResponses;

/** Knowledge checks over JSON: rules, starting an attempt (questions, never answers), submitting, reviewing my own attempts. */
@Path("/api/courses/{courseId}/quizzes/{quizId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRAINEE)
@Tag(name = "Knowledge checks")
public class QuizApi {

    /** A knowledge check's rules and where I stand with them. */
    public record QuizOverview(String id, String title, String version, int passMark, int questionsPerAttempt, int poolSize,
            Integer attemptLimit, Integer attemptsLeft, int retryAfterMinutes, Instant nextAttemptAt, Integer timeLimitMinutes,
            String review, boolean passed, Long openAttemptId) {
    }

    /** An attempt: while open, its questions (no answers); once closed, the result and the review the policy allows. */
    public record AttemptView(long id, String quizId, String contentVersion, String status, Instant startedAt, Instant deadline,
            Instant submittedAt, List<ShownQuestion> questions, Integer scorePercent, Boolean passed, Integer correctCount,
            Integer questionCount, List<QuestionResult> review) {
    }

    /** One question of a closed attempt, with what the review policy allows. */
    public record QuestionResult(String id, List<String> chosen, Integer percent, Boolean correct, List<String> correctAnswer,
            List<String> feedbackHtml, String explanationHtml) {
    }

    /**
     * A submission: for each question id, the answer in the ids this attempt shows in 'options' and 'matches' (they
     * differ from attempt to attempt; see the answer shapes in content/README.md).
     */
    public record Submission(@NotNull(message = "send 'answers': an object of question id to answer") Map<String, Object> answers) {
    }

    private final CourseCatalogue catalogue;
    private final QuizService quizzes;
    private final CurrentLearner learner;

    QuizApi(CourseCatalogue catalogue, QuizService quizzes, CurrentLearner learner) {
        this.catalogue = catalogue;
        this.quizzes = quizzes;
        this.learner = learner;
    }

    @GET
    @Operation(summary = "A knowledge check's rules and my standing (attempts left, next attempt, passed)")
    public QuizOverview get(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId) {
        Course course = catalogue.course(courseId);
        Quiz quiz = catalogue.quiz(course, quizId);
        AttemptRules rules = quizzes.rules(learner.get(), course, quiz);
        return new QuizOverview(quiz.id(), quiz.title(), quiz.version(), quiz.passMark(), quiz.questionsPerAttempt(),
                quiz.questions().size(), quiz.attemptLimit(), rules.attemptsLeft(), quiz.retryAfterMinutes(), rules.nextAttemptAt(),
                quiz.timeLimitMinutes(), quiz.review().key(), rules.passed(),
                rules.openAttempt() == null ? null : rules.openAttempt().id);
    }

    @POST
    @Path("attempts")
    @Operation(summary = "Start an attempt (or get the open one): draws the questions")
    public Response start(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId) {
        Course course = catalogue.course(courseId);
        Quiz quiz = catalogue.quiz(course, quizId);
        QuizAttempt attempt = quizzes.start(learner.get(), course, quiz);
        return Response.created(URI.create("/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + attempt.id))
                .entity(view(course, quiz, attempt)).build();
    }

    @GET
    @Path("attempts/{attemptId}")
    @Operation(summary = "One of my attempts: its questions while open, its result and review once submitted")
    public AttemptView attempt(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId,
            @PathParam("attemptId") long attemptId) {
        Course course = catalogue.course(courseId);
        Quiz quiz = catalogue.quiz(course, quizId);
        return view(course, quiz, own(course, quiz, attemptId));
    }

    @POST
    @Path("attempts/{attemptId}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the answers of an open attempt; graded on the server")
    public Response submit(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId,
            @PathParam("attemptId") long attemptId,
            @Valid @NotNull(message = "send a JSON body with 'answers'") Submission submission, @Context UriInfo uri) {
        Course course = catalogue.course(courseId);
        Quiz quiz = catalogue.quiz(course, quizId);
        QuizAttempt open = own(course, quiz, attemptId);
        Map<String, List<String>> answers = SubmittedAnswers.fromJson(quizzes.questionsOf(course, quiz, open), OptionTokens.of(open),
                submission.answers());
        QuizAttempt attempt = quizzes.submit(learner.get(), course, quiz, attemptId, answers);
        if (attempt.status == AttemptStatus.EXPIRED) {
            return ErrorResponses.of(uri, "time-is-up", 409, "Time is up", "The answers arrived after the time limit; the attempt counts and scores nothing.");
        }
        return Response.ok(view(course, quiz, attempt)).build();
    }

    private QuizAttempt own(Course course, Quiz quiz, long attemptId) {
        return quizzes.attemptOf(learner.get(), course.id(), quiz.id(), attemptId).orElseThrow(AttemptNotFoundException::new);
    }

    private AttemptView view(Course course, Quiz quiz, QuizAttempt attempt) {
        Instant deadline = quizzes.deadline(quizzes.asTaken(course, quiz, attempt), attempt).orElse(null);
        if (attempt.isOpen()) {
            OptionTokens tokens = OptionTokens.of(attempt);
            List<ShownQuestion> questions = quizzes.questionsOf(course, quiz, attempt).stream()
                    .map(question -> ShownQuestion.of(question, tokens)).toList();
            return new AttemptView(attempt.id, quiz.id(), attempt.contentVersion, attempt.status.name(), attempt.startedAt, deadline,
                    null, questions, null, null, null, null, null);
        }
        AttemptReview review = quizzes.review(learner.get(), course, quiz, attempt);
        List<QuestionResult> results = review.showFeedback() ? review.questions().stream()
                .map(item -> new QuestionResult(item.question().id(), item.chosen().stream().map(QuizOption::id).toList(),
                        item.percent(), item.correct(),
                        review.showCorrectAnswers() ? item.question().correctOptions().stream().map(QuizOption::id).toList() : null,
                        item.chosen().stream().map(QuizOption::feedbackHtml).filter(html -> !html.isBlank()).toList(),
                        item.question().explanationHtml()))
                .toList() : null;
        return new AttemptView(attempt.id, quiz.id(), attempt.contentVersion, attempt.status.name(), attempt.startedAt, deadline,
                attempt.submittedAt, null, attempt.scorePercent, attempt.passed, attempt.correctCount, attempt.questionCount, results);
    }
}
