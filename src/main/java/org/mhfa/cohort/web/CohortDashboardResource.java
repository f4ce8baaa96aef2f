package org.mhfa.cohort.web;

import org.mhfa.cohort.CohortAccess;
import org.mhfa.cohort.CohortDashboard;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mhfa.platform.Roles;

/** The dashboard page of a cohort, for its instructor and administrators; anyone else's cohort is not found (404). */
@Path("/instructor/cohorts/{id}/dashboard")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class CohortDashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(CohortDashboard.Dashboard dashboard);
    }

    private final CohortAccess access;
    private final CohortDashboard dashboards;

    CohortDashboardResource(CohortAccess access, CohortDashboard dashboards) {
        this.access = access;
        this.dashboards = dashboards;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard(@PathParam("id") Long id) {
        return Templates.dashboard(dashboards.of(access.cohort(id)));
    }
}
