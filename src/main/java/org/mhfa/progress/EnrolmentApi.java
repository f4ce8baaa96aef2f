package org.mhfa.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mhfa.course.Course;
import org.mhfa.course.CourseCatalogue;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.identity.Roles;

/** The caller's own enrolments and progress; trainees only, and only ever their own. */
@Path("/api/me/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRAINEE)
@Tag(name = "My learning")
public class EnrolmentApi {

    /** An enrolment with its progress. */
    public record EnrolmentProgress(String courseId, String courseTitle, String courseVersion, Instant enrolledAt,
            Instant completedAt, int percent, Set<String> completedItems, String nextItem, String certificateCode) {

        static EnrolmentProgress of(CourseProgress progress) {
            return new EnrolmentProgress(progress.course().id(), progress.course().title(), progress.course().version(),
                    progress.enrolment().enrolledAt, progress.completedAt(), progress.percent(),
                    new TreeSet<>(progress.doneItemIds()), progress.next().map(item -> item.id()).orElse(null),
                    progress.certificateCode().orElse(null));
        }
    }

    private final CourseCatalogue catalogue;
    private final ProgressService progress;
    private final MyLearning myLearning;
    private final CurrentLearner learner;

    EnrolmentApi(CourseCatalogue catalogue, ProgressService progress, MyLearning myLearning, CurrentLearner learner) {
        this.catalogue = catalogue;
        this.progress = progress;
        this.myLearning = myLearning;
        this.learner = learner;
    }

    @GET
    @Operation(summary = "My enrolments with progress")
    public List<EnrolmentProgress> list() {
        return myLearning.courses(learner.get()).stream().map(EnrolmentProgress::of).toList();
    }

    @POST
    @Path("{courseId}")
    @Operation(summary = "Enrol in a course (enrolling again changes nothing)")
    public EnrolmentProgress enrol(@PathParam("courseId") String courseId) {
        Course course = catalogue.course(courseId);
        progress.enrol(learner.get(), course);
        return EnrolmentProgress.of(progress.progress(learner.get(), course));
    }

    @GET
    @Path("{courseId}")
    @Operation(summary = "My progress in one course")
    public EnrolmentProgress get(@PathParam("courseId") String courseId) {
        Course course = catalogue.course(courseId);
        CourseProgress courseProgress = progress.progress(learner.get(), course);
        if (!courseProgress.enrolled()) {
            throw new NotEnrolledException(courseId);
        }
        return EnrolmentProgress.of(courseProgress);
    }

    @PUT
    @Path("{courseId}/lessons/{lessonId}")
    @Operation(summary = "Record that I read a lesson")
    public EnrolmentProgress markRead(@PathParam("courseId") String courseId, @PathParam("lessonId") String lessonId) {
        Course course = catalogue.course(courseId);
        return EnrolmentProgress.of(progress.markLessonRead(learner.get(), course, catalogue.lesson(course, lessonId)));
    }
}
