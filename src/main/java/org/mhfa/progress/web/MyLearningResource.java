package org.mhfa.progress.web;

import org.mhfa.progress.CertificateSummary;
import org.mhfa.progress.LearningOverview;
import org.mhfa.progress.MyLearning;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.platform.Roles;

/** "My learning": the signed-in trainee's own courses, progress and certificates. */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TRAINEE)
public class MyLearningResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(String name, List<LearningOverview> courses, List<CertificateSummary> certificates);
    }

    private final MyLearning myLearning;
    private final CurrentLearner learner;

    MyLearningResource(MyLearning myLearning, CurrentLearner learner) {
        this.myLearning = myLearning;
        this.learner = learner;
    }

    @GET
    public TemplateInstance me() {
        return Templates.me(learner.get().displayName, myLearning.overviews(learner.get()), myLearning.certificates(learner.get()));
    }
}
