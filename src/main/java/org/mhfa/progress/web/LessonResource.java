package org.mhfa.progress.web;

import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.CourseCatalogue;
import org.mhfa.catalogue.CourseModule;
import org.mhfa.catalogue.Lesson;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.platform.Roles;
import org.mhfa.progress.CourseProgress;
import org.mhfa.progress.ProgressService;

/** Lesson pages for trainees: read a lesson, mark it read and go on to the next step. */
@Path("/courses/{courseId}/lessons/{lessonId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TRAINEE)
public class LessonResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lesson(Course course, CourseModule module, Lesson lesson, CourseProgress progress);
    }

    private final CourseCatalogue catalogue;
    private final ProgressService progress;
    private final CurrentLearner learner;

    LessonResource(CourseCatalogue catalogue, ProgressService progress, CurrentLearner learner) {
        this.catalogue = catalogue;
        this.progress = progress;
        this.learner = learner;
    }

    @GET
    public TemplateInstance lesson(@PathParam("courseId") String courseId, @PathParam("lessonId") String lessonId) {
        Course course = catalogue.course(courseId);
        Lesson lesson = catalogue.lesson(course, lessonId);
        CourseModule module = course.modules().stream().filter(m -> m.items().contains(lesson)).findFirst().orElseThrow();
        return Templates.lesson(course, module, lesson, progress.viewLesson(learner.get(), course, lesson));
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markRead(@PathParam("courseId") String courseId, @PathParam("lessonId") String lessonId) {
        Course course = catalogue.course(courseId);
        Lesson lesson = catalogue.lesson(course, lessonId);
        CourseProgress after = progress.markLessonRead(learner.get(), course, lesson);
        String next = course.itemAfter(lesson.id())
                .map(item -> "/courses/" + course.id() + "/" + item.kind() + "/" + item.id())
                .orElse("/courses/" + course.id() + (after.complete() ? "?completed" : ""));
        return Response.seeOther(URI.create(next)).build();
    }
}
