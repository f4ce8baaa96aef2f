package org.mhfa.cohort.web;

import org.mhfa.cohort.CertificateRun;
import org.mhfa.cohort.CertificateRunService;
import org.mhfa.cohort.CertificateRunView;
import org.mhfa.cohort.Cohort;
import org.mhfa.cohort.CohortAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mhfa.platform.Roles;

/** Bulk issue of a cohort's certificates over the API: start a run, follow its progress, fetch the ZIP of its PDFs. */
@Path("/api/instructor/cohorts/{id}/certificate-runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class CertificateRunApi {

    private final CohortAccess access;
    private final CertificateRunService runs;

    CertificateRunApi(CohortAccess access, CertificateRunService runs) {
        this.access = access;
        this.runs = runs;
    }

    @POST
    @Operation(summary = "Issue the certificates of every member who has completed (202; poll the Location)")
    public Response start(@PathParam("id") Long id) {
        Cohort cohort = access.cohort(id);
        CertificateRun run = runs.start(cohort.id, access.viewer());
        return Response.accepted(view(id, run.id))
                .location(URI.create("/api/instructor/cohorts/" + id + "/certificate-runs/" + run.id)).build();
    }

    @GET
    @Path("{runId}")
    @Operation(summary = "A run's progress and what it did for each member")
    public CertificateRunView get(@PathParam("id") Long id, @PathParam("runId") Long runId) {
        return view(id, runId);
    }

    @GET
    @Path("{runId}/certificates.zip")
    @Produces("application/zip")
    @Operation(summary = "The signed PDFs of a finished run, one per certified member")
    public Response zip(@PathParam("id") Long id, @PathParam("runId") Long runId) {
        return CertificateRunResource.zipResponse(run(id, runId), runs);
    }

    @Transactional
    CertificateRunView view(Long id, Long runId) {
        CertificateRun run = run(id, runId);
        return CertificateRunView.of(run, runs.items(run));
    }

    @Transactional
    CertificateRun run(Long id, Long runId) {
        return CertificateRunResource.run(access.cohort(id), runId);
    }
}
