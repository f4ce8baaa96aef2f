package org.mhfa.quiz;

import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.Quiz;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.CourseCatalogue;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.platform.FormFieldsMayRepeat;
import org.mhfa.platform.FormResponses;
import org.mhfa.platform.Roles;
import org.mhfa.enrolment.CoursePosition;
import org.mhfa.enrolment.CoursePositions;

/** Knowledge-check pages for trainees: the rules and a start button, the form (answers never marked), the review. */
@Path("/courses/{courseId}/quizzes/{quizId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TRAINEE)
public class QuizResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quiz(Course course, Quiz quiz, CoursePosition progress, AttemptRules rules,
                List<QuizAttempt> attempts, String refusal);

        static native TemplateInstance form(Course course, Quiz quiz, QuizAttempt attempt, List<ShownQuestion> questions,
                Instant deadline, FormState state);

        static native TemplateInstance attempt(Course course, AttemptReview review, CoursePosition progress);
    }

    private final CourseCatalogue catalogue;
    private final QuizService quizzes;
    private final CoursePositions progress;
    private final CurrentLearner learner;

    QuizResource(CourseCatalogue catalogue, QuizService quizzes, CoursePositions progress, CurrentLearner learner) {
        this.catalogue = catalogue;
        this.quizzes = quizzes;
        this.progress = progress;
        this.learner = learner;
    }

    @GET
    public TemplateInstance quiz(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId) {
        Course course = catalogue.course(courseId);
        Quiz quiz = catalogue.quiz(course, quizId);
        CoursePosition courseProgress = progress.of(learner.get(), course);
        AttemptRules rules = quizzes.rules(learner.get(), course, quiz);
        List<QuizAttempt> attempts = quizzes.closedAttempts(learner.get(), course, quiz);
        return Templates.quiz(course, quiz, courseProgress, rules, attempts, rules.refusal());
    }

    @POST
    @Path("attempts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId) {
        Course course = catalogue.course(courseId);
        Quiz quiz = catalogue.quiz(course, quizId);
        QuizAttempt attempt = quizzes.start(learner.get(), course, quiz);
        return Response.seeOther(attemptUri(course, quiz, attempt.id)).build();
    }

    @GET
    @Path("attempts/{attemptId}")
    public TemplateInstance attempt(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId,
            @PathParam("attemptId") long attemptId) {
        Course course = catalogue.course(courseId);
        Quiz quiz = catalogue.quiz(course, quizId);
        QuizAttempt attempt = quizzes.attemptOf(learner.get(), course.id(), quiz.id(), attemptId)
                .orElseThrow(AttemptNotFoundException::new);
        if (attempt.isOpen()) {
            return form(course, quiz, attempt, FormState.empty());
        }
        return Templates.attempt(course, quizzes.review(learner.get(), course, quiz, attempt), progress.of(learner.get(), course));
    }

    @POST
    @Path("attempts/{attemptId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @FormFieldsMayRepeat(FormFieldsMayRepeat.ANY)
    public Response submit(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId,
            @PathParam("attemptId") long attemptId, MultivaluedMap<String, String> form) {
        Course course = catalogue.course(courseId);
        Quiz quiz = catalogue.quiz(course, quizId);
        QuizAttempt attempt = quizzes.attemptOf(learner.get(), course.id(), quiz.id(), attemptId)
                .orElseThrow(AttemptNotFoundException::new);
        List<Question> questions = quizzes.questionsOf(course, quiz, attempt);
        try {
            quizzes.submit(learner.get(), course, quiz, attemptId, SubmittedAnswers.fromForm(questions, OptionTokens.of(attempt), form));
            return Response.seeOther(attemptUri(course, quiz, attemptId)).build();
        } catch (InvalidSubmissionException e) {
            FormState state = new FormState(SubmittedAnswers.lenient(questions, form), e.fieldErrors());
            return FormResponses.invalid(form(course, quiz, attempt, state));
        }
    }

    private TemplateInstance form(Course course, Quiz quiz, QuizAttempt attempt, FormState state) {
        OptionTokens tokens = OptionTokens.of(attempt);
        Quiz taken = quizzes.asTaken(course, quiz, attempt);
        List<ShownQuestion> shown = QuizDraw.drawnQuestions(taken, attempt).stream()
                .map(question -> ShownQuestion.of(question, tokens)).toList();
        return Templates.form(course, taken, attempt, shown, quizzes.deadline(taken, attempt).orElse(null), state);
    }

    private static URI attemptUri(Course course, Quiz quiz, long attemptId) {
        return URI.create("/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + attemptId);
    }
}
