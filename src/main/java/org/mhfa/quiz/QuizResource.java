package org.mhfa.quiz;

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
import java.util.HashMap;
import java.util.Map;
import org.mhfa.course.Course;
import org.mhfa.course.CourseCatalogue;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.identity.Roles;
import org.mhfa.progress.CourseProgress;
import org.mhfa.progress.ProgressService;

/** Knowledge-check pages for trainees: the form (answers never marked), submission, and the review of an attempt. */
@Path("/courses/{courseId}/quizzes/{quizId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TRAINEE)
public class QuizResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quiz(Course course, Quiz quiz, CourseProgress progress, Map<String, String> chosen,
                Map<String, String> errors);

        static native TemplateInstance attempt(Course course, AttemptReview review, CourseProgress progress);
    }

    private static final String CSRF_FIELD = "csrf-token";

    private final CourseCatalogue catalogue;
    private final QuizService quizzes;
    private final ProgressService progress;
    private final CurrentLearner learner;

    QuizResource(CourseCatalogue catalogue, QuizService quizzes, ProgressService progress, CurrentLearner learner) {
        this.catalogue = catalogue;
        this.quizzes = quizzes;
        this.progress = progress;
        this.learner = learner;
    }

    @GET
    public TemplateInstance form(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId) {
        Course course = catalogue.course(courseId);
        Quiz quiz = catalogue.quiz(course, quizId);
        return Templates.quiz(course, quiz, progress.progress(learner.get(), course), Map.of(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId,
            MultivaluedMap<String, String> form) {
        Course course = catalogue.course(courseId);
        Quiz quiz = catalogue.quiz(course, quizId);
        Map<String, String> answers = new HashMap<>();
        form.forEach((key, values) -> {
            if (!key.equals(CSRF_FIELD) && !values.isEmpty()) {
                answers.put(key, values.get(0));
            }
        });
        try {
            QuizAttempt attempt = quizzes.submit(learner.get(), course, quiz, answers);
            return Response.seeOther(URI.create("/courses/" + course.id() + "/quizzes/" + quiz.id() + "/attempts/" + attempt.id)).build();
        } catch (InvalidSubmissionException e) {
            return Response.status(400)
                    .entity(Templates.quiz(course, quiz, progress.progress(learner.get(), course), answers, e.fieldErrors()))
                    .build();
        }
    }

    @GET
    @Path("attempts/{attemptId}")
    public TemplateInstance attempt(@PathParam("courseId") String courseId, @PathParam("quizId") String quizId,
            @PathParam("attemptId") long attemptId) {
        Course course = catalogue.course(courseId);
        Quiz quiz = catalogue.quiz(course, quizId);
        QuizAttempt attempt = quizzes.attemptOf(learner.get(), course.id(), quiz.id(), attemptId)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException());
        AttemptReview review = AttemptReview.of(attempt, quiz, quizzes.answersOf(attempt));
        return Templates.attempt(course, review, progress.progress(learner.get(), course));
    }
}
