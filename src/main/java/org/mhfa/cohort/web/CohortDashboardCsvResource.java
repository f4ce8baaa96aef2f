package org.mhfa.cohort.web;

import org.mhfa.cohort.CohortAccess;
import org.mhfa.cohort.CohortDashboard;
import org.mhfa.cohort.CohortDashboardCsv;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.mhfa.platform.Roles;

/** The cohort dashboard's table as a CSV download, for the cohort's instructor and administrators. */
@Path("/instructor/cohorts/{id}/dashboard.csv")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class CohortDashboardCsvResource {

    private final CohortAccess access;
    private final CohortDashboard dashboards;

    CohortDashboardCsvResource(CohortAccess access, CohortDashboard dashboards) {
        this.access = access;
        this.dashboards = dashboards;
    }

    @GET
    @Produces("text/csv")
    public Response csv(@PathParam("id") Long id) {
        return CohortDashboardCsv.response(dashboards.of(access.cohort(id)));
    }
}
