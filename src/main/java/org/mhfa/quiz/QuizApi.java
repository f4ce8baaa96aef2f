package org.mhfa.quiz;

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
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mhfa.course.Course;
import org.mhfa.course.CourseCatalogue;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.identity.Roles;

/** Knowledge checks over JSON: the questions (never the answers), submission, and my own attempts. */
@Path("/api/courses/{courseId}/quizzes/{quizId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRAINEE)
@Tag(name = "Knowledge checks")
public class QuizApi {

    /** A knowledge check as shown before submission: no option says whether it is correct. */
    public record QuizQuestions(String id, String title, int passMark, String version, List<QuestionView> questions) {
    }

    /** A question without its answer. */
    public record QuestionView(String id, String prompt, String detailHtml, List<OptionView> options) {
    }

    /** An option without its correctness. */
    public record OptionView(String id, String html) {
    }

    /** A submission: for each question id, the id of the chosen option. */
    public record Submission(@NotNull(message = "send 'answers': an object of question id to option id") Map<String, String> answers) {
    }

    /** A graded attempt with its review. */
    public record AttemptResult(long id, String quizId, String contentVersion, int scorePercent, boolean passed,
            int correctCount, int questionCount, Instant submittedAt, List<QuestionResult> questions) {
    }

    /** One question of a graded attempt. */
    public record QuestionResult(String id, String chosen, boolean correct, String correctOption, String explanationHtml) {
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
    @Operation(summary = "The questions of a knowledge check, without answers")
    public QuizQuestions get(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId) {
        Quiz quiz = catalogue.quiz(catalogue.course(courseId), quizId);
        return new QuizQuestions(quiz.id(), quiz.title(), quiz.passMark(), quiz.version(), quiz.questions().stream()
                .map(question -> new QuestionView(question.id(), question.prompt(), question.detailHtml(),
                        question.options().stream().map(option -> new OptionView(option.id(), option.html())).toList()))
                .toList());
    }

    @POST
    @Path("attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit answers; graded on the server")
    public Response submit(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId,
            @Valid @NotNull(message = "send a JSON body with 'answers'") Submission submission) {
        Course course = catalogue.course(courseId);
        Quiz quiz = catalogue.quiz(course, quizId);
        QuizAttempt attempt = quizzes.submit(learner.get(), course, quiz, submission.answers());
        return Response.created(URI.create("/api/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + attempt.id))
                .entity(result(attempt, quiz))
                .build();
    }

    @GET
    @Path("attempts/{attemptId}")
    @Operation(summary = "One of my attempts, with its review")
    public AttemptResult attempt(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId,
            @PathParam("attemptId") long attemptId) {
        Course course = catalogue.course(courseId);
        Quiz quiz = catalogue.quiz(course, quizId);
        QuizAttempt attempt = quizzes.attemptOf(learner.get(), course.id(), quiz.id(), attemptId)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException());
        return result(attempt, quiz);
    }

    private AttemptResult result(QuizAttempt attempt, Quiz quiz) {
        AttemptReview review = AttemptReview.of(attempt, quiz, quizzes.answersOf(attempt));
        return new AttemptResult(attempt.id, attempt.quizId, attempt.contentVersion, attempt.scorePercent, attempt.passed,
                attempt.correctCount, attempt.questionCount, attempt.submittedAt, review.questions().stream()
                        .map(item -> new QuestionResult(item.question().id(), item.chosen() == null ? null : item.chosen().id(),
                                item.correct(), item.correctOption().id(), item.question().explanationHtml()))
                        .toList());
    }
}
