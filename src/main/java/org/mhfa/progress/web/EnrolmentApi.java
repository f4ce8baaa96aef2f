package org.mhfa.progress.web;

import org.mhfa.progress.CourseProgress;
import org.mhfa.progress.LearningOverview;
import org.mhfa.progress.MyLearning;
import org.mhfa.enrolment.NotEnrolledException;
import org.mhfa.progress.ProgressService;
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
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.CourseCatalogue;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.platform.Roles;

/** The caller's own enrolments and progress; trainees only, and only ever their own. */
@Path("/api/me/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRAINEE)
@Tag(name = "My learning")
public class EnrolmentApi {

    /**
     * An enrolment with its progress: overall and per module, what comes next, the attempts and best scores of checks and
     * scenarios, the time spent in seconds (see the README: lesson reading, attempt and play-through durations, each capped)
     * and the last activity.
     */
    public record EnrolmentProgress(String courseId, String courseTitle, String courseVersion, Instant enrolledAt,
            Instant completedAt, int percent, Set<String> completedItems, String nextItem, String certificateCode,
            Instant elearningCompletedAt, boolean attendanceRequired, boolean awaitingAttendance, NextStep next,
            List<ModuleProgress> modules, List<Scores> checks, List<Scores> scenarios, long timeSpentSeconds,
            Instant lastActivityAt) {

        static EnrolmentProgress of(LearningOverview overview) {
            CourseProgress progress = overview.progress();
            return new EnrolmentProgress(progress.course().id(), progress.course().title(), progress.course().version(),
                    progress.enrolment().enrolledAt, progress.completedAt(), progress.percent(),
                    new TreeSet<>(progress.doneItemIds()), progress.next().map(item -> item.id()).orElse(null),
                    progress.certificateCode().orElse(null), progress.enrolment().elearningCompletedAt,
                    progress.attendanceRequired(), progress.awaitingAttendance(),
                    overview.next().map(item -> new NextStep(item.kind(), item.id(), item.title(), overview.nextUrl())).orElse(null),
                    overview.modules().stream().map(module -> new ModuleProgress(module.module().id(), module.module().title(),
                            module.done(), module.required(), module.percent())).toList(),
                    overview.checks().stream().map(Scores::of).toList(),
                    overview.scenarios().stream().map(Scores::of).toList(),
                    overview.timeSpent().totalSeconds(), overview.lastActivity());
        }
    }

    /** Where to resume: the first item not yet done. */
    public record NextStep(String kind, String id, String title, String url) {
    }

    /** A module's required items done, out of how many. */
    public record ModuleProgress(String id, String title, int done, int required, int percent) {
    }

    /** Attempts at a check (submitted) or scenario (finished), the best score and the pass mark that counts, in its unit. */
    public record Scores(String id, String title, int attempts, Integer best, int passMark, String unit, boolean counted) {

        static Scores of(LearningOverview.ItemScores scores) {
            return new Scores(scores.item().id(), scores.item().title(), scores.attempts(), scores.best(), scores.passMark(),
                    scores.unit(), scores.counted());
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
        return myLearning.overviews(learner.get()).stream().map(EnrolmentProgress::of).toList();
    }

    @POST
    @Path("{courseId}")
    @Operation(summary = "Enrol in a course (enrolling again changes nothing)")
    public EnrolmentProgress enrol(@PathParam("courseId") String courseId) {
        Course course = catalogue.course(courseId);
        progress.enrol(learner.get(), course);
        return overview(course);
    }

    @GET
    @Path("{courseId}")
    @Operation(summary = "My progress in one course")
    public EnrolmentProgress get(@PathParam("courseId") String courseId) {
        Course course = catalogue.course(courseId);
        return overview(course);
    }

    @PUT
    @Path("{courseId}/lessons/{lessonId}")
    @Operation(summary = "Record that I read a lesson")
    public EnrolmentProgress markRead(@PathParam("courseId") String courseId, @PathParam("lessonId") String lessonId) {
        Course course = catalogue.course(courseId);
        progress.markLessonRead(learner.get(), course, catalogue.lesson(course, lessonId));
        return overview(course);
    }

    private EnrolmentProgress overview(Course course) {
        return EnrolmentProgress.of(myLearning.overview(learner.get(), course).orElseThrow(() -> new NotEnrolledException(course.id())));
    }
}
