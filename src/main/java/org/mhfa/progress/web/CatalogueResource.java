package org.mhfa.progress.web;

import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.CourseCatalogue;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
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
import java.util.Collection;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.platform.Roles;
import org.mhfa.progress.CourseProgress;
import org.mhfa.progress.ProgressService;
import io.quarkus.security.identity.SecurityIdentity;
import org.mhfa.enrolment.RenewalCheck;
import org.mhfa.enrolment.Renewal;

/** Pages: the catalogue (anyone), a course's overview with the viewer's progress, and enrolment (trainees). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CatalogueResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalogue(Collection<Course> courses);

        static native TemplateInstance course(Course course, CourseProgress progress, boolean signedIn, Renewal renewal);
    }

    private final CourseCatalogue catalogue;
    private final ProgressService progress;
    private final CurrentLearner learner;
    private final SecurityIdentity identity;
    private final RenewalCheck renewals;

    CatalogueResource(CourseCatalogue catalogue, ProgressService progress, CurrentLearner learner, SecurityIdentity identity,
            RenewalCheck renewals) {
        this.renewals = renewals;
        this.catalogue = catalogue;
        this.progress = progress;
        this.learner = learner;
        this.identity = identity;
    }

    @GET
    @PermitAll
    public TemplateInstance catalogue() {
        return Templates.catalogue(catalogue.courses());
    }

    @GET
    @Path("courses/{courseId}")
    @PermitAll
    public TemplateInstance course(@PathParam("courseId") String courseId) {
        Course course = catalogue.course(courseId);
        boolean signedIn = identity.hasRole(Roles.TRAINEE);
        CourseProgress courseProgress = signedIn ? progress.progress(learner.get(), course) : progress.notEnrolled(course);
        Renewal renewal = signedIn && course.isRefresher() ? renewals.renewal(learner.get(), course) : null;
        return Templates.course(course, courseProgress, signedIn, renewal);
    }

    @POST
    @Path("courses/{courseId}/enrolment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAINEE)
    public Response enrol(@PathParam("courseId") String courseId) {
        Course course = catalogue.course(courseId);
        progress.enrol(learner.get(), course);
        String next = course.items().findFirst().map(item -> "/courses/" + course.id() + "/" + item.kind() + "/" + item.id())
                .orElse("/courses/" + course.id());
        return Response.seeOther(URI.create(next)).build();
    }
}
