package org.mhfa.cohort.web;

import org.mhfa.cohort.CertificateRun;
import org.mhfa.cohort.CertificateRunItem;
import org.mhfa.cohort.CertificateRunService;
import org.mhfa.cohort.CertificateRunView;
import org.mhfa.cohort.Cohort;
import org.mhfa.cohort.CohortAccess;
import org.mhfa.cohort.CohortNotFoundException;
import org.mhfa.cohort.RunNotFinishedException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.List;
import org.mhfa.platform.Roles;

/** The instructor pages of bulk certificate issue for a cohort: start a run, watch its progress, download the ZIP. */
@Path("/instructor/cohorts/{id}/certificate-runs")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class CertificateRunResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance runs(Cohort cohort, List<CertificateRun> runs);

        static native TemplateInstance run(Cohort cohort, CertificateRun run, List<CertificateRunItem> items);
    }

    private final CohortAccess access;
    private final CertificateRunService runs;

    CertificateRunResource(CohortAccess access, CertificateRunService runs) {
        this.access = access;
        this.runs = runs;
    }

    @GET
    @Transactional
    public TemplateInstance list(@PathParam("id") Long id) {
        Cohort cohort = access.cohort(id);
        return Templates.runs(cohort, CertificateRun.listFor(cohort));
    }

    @POST
    public Response start(@PathParam("id") Long id) {
        Cohort cohort = access.cohort(id);
        CertificateRun run = runs.start(cohort.id, access.viewer());
        return Response.seeOther(URI.create("/instructor/cohorts/" + id + "/certificate-runs/" + run.id)).build();
    }

    @GET
    @Path("{runId}")
    @Transactional
    public TemplateInstance run(@PathParam("id") Long id, @PathParam("runId") Long runId) {
        CertificateRun run = run(access.cohort(id), runId);
        return Templates.run(run.cohort, run, runs.items(run));
    }

    /** The run's counters for the page's progress bar to follow without reloading (the page works without it). */
    @GET
    @Path("{runId}/progress")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public CertificateRunView progress(@PathParam("id") Long id, @PathParam("runId") Long runId) {
        return CertificateRunView.of(run(access.cohort(id), runId), List.of());
    }

    @GET
    @Path("{runId}/certificates.zip")
    @Produces("application/zip")
    public Response zip(@PathParam("id") Long id, @PathParam("runId") Long runId) {
        return zipResponse(found(id, runId), runs);
    }

    @Transactional
    CertificateRun found(Long id, Long runId) {
        return run(access.cohort(id), runId);
    }

    static CertificateRun run(Cohort cohort, Long runId) {
        return CertificateRun.findIn(cohort, runId)
                .orElseThrow(() -> new CohortNotFoundException("This cohort has no such certificate run."));
    }

    static Response zipResponse(CertificateRun run, CertificateRunService runs) {
        if (run.running()) {
            throw new RunNotFinishedException();
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            runs.writeZip(run.id, body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Response.ok(body.toByteArray(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"certificates-cohort-" + run.cohort.id + "-run-" + run.id + ".zip\"")
                .build();
    }
}
