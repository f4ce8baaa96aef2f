package org.mhfa.catalogue.web;

import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.CourseCatalogue;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue as JSON; open to anyone. */
@Path("/api/courses")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Catalogue")
public class CourseApi {

    /** A course in the catalogue listing. */
    public record CourseSummary(String id, String title, String summary, int modules, int lessons, int validityMonths, String version) {
    }

    /** A course with its outline. */
    public record CourseDetail(String id, String title, String summary, int validityMonths, String version, List<ModuleOutline> modules) {
    }

    /** A module's items in order. */
    public record ModuleOutline(String id, String title, List<ItemOutline> items) {
    }

    /** One lesson or knowledge check. */
    public record ItemOutline(String id, String kind, String title, boolean required, String version) {
    }

    private final CourseCatalogue catalogue;

    CourseApi(CourseCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "List the published courses")
    public List<CourseSummary> list() {
        return catalogue.courses().stream()
                .map(course -> new CourseSummary(course.id(), course.title(), course.summary(), course.modules().size(),
                        course.lessonCount(), course.validityMonths(), course.version()))
                .toList();
    }

    @GET
    @Path("{courseId}")
    @Operation(summary = "A course with its modules, lessons and knowledge checks")
    public CourseDetail get(@PathParam("courseId") String courseId) {
        Course course = catalogue.course(courseId);
        return new CourseDetail(course.id(), course.title(), course.summary(), course.validityMonths(), course.version(),
                course.modules().stream()
                        .map(module -> new ModuleOutline(module.id(), module.title(), module.items().stream()
                                .map(item -> new ItemOutline(item.id(), switch (item.kind()) {
                                    case "quizzes" -> "quiz";
                                    case "scenarios" -> "scenario";
                                    default -> "lesson";
                                },
                                        item.title(), item.required(), item.version()))
                                .toList()))
                        .toList());
    }
}
