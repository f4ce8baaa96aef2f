package org.mhfa.cohort.web;

import org.mhfa.cohort.CohortAccess;
import org.mhfa.cohort.CohortDashboard;
import org.mhfa.cohort.FunnelChartSvg;
import org.mhfa.cohort.HistogramSvg;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mhfa.platform.Roles;

/** A cohort's dashboard as JSON, for its instructor and administrators; anyone else's cohort is not found (404). */
@Path("/api/instructor/cohorts/{id}/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
@Tag(name = "Cohorts")
public class CohortDashboardApi {

    /** The dashboard: members' progress, the funnel, the score distribution, ALGEE mastery and the inactivity threshold. */
    public record DashboardView(long cohortId, String cohortName, String courseId, String courseTitle, int sessions,
            int inactiveAfterDays, List<CohortDashboard.MemberRow> members, List<FunnelChartSvg.Stage> funnel,
            List<HistogramSvg.Bin> scoreDistribution, List<Mastery> mastery) {
    }

    /** Mastery of one ALGEE step. */
    public record Mastery(String step, String label, int choices, int best, Integer percent) {
    }

    private final CohortAccess access;
    private final CohortDashboard dashboards;

    CohortDashboardApi(CohortAccess access, CohortDashboard dashboards) {
        this.access = access;
        this.dashboards = dashboards;
    }

    @GET
    @Operation(summary = "A cohort's dashboard: each member's progress, the completion funnel, score distribution and ALGEE mastery")
    public DashboardView get(@PathParam("id") Long id) {
        CohortDashboard.Dashboard dashboard = dashboards.of(access.cohort(id));
        return new DashboardView(dashboard.cohortId(), dashboard.cohortName(), dashboard.courseId(), dashboard.courseTitle(),
                dashboard.sessions(), dashboard.inactiveAfterDays(), dashboard.members(), dashboard.funnel(), dashboard.scoreBins(),
                dashboard.mastery().stream().map(step -> new Mastery(step.step().key(), step.label(), step.choices(), step.best(),
                        step.percent())).toList());
    }
}
