package org.mhfa.cohort.web;

import org.mhfa.cohort.AttendanceRequest;
import org.mhfa.cohort.Cohort;
import org.mhfa.cohort.CohortAccess;
import org.mhfa.cohort.CohortRequest;
import org.mhfa.cohort.CohortService;
import org.mhfa.cohort.CohortViews;
import org.mhfa.cohort.EnrolmentPace;
import org.mhfa.cohort.EnrolmentReport;
import org.mhfa.cohort.InvalidCohortInputException;
import org.mhfa.cohort.MembersRequest;
import org.mhfa.cohort.SessionRequest;
import org.mhfa.cohort.TrainingSession;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mhfa.platform.Paging;
import org.mhfa.platform.Roles;

/**
 * Cohorts over JSON for instructors (their own cohorts) and administrators (all): invitations and members, sessions,
 * attendance. Anyone else's cohort, or a member of it, answers 404 like one that does not exist.
 */
@Path("/api/instructor/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
@Tag(name = "Cohorts")
public class CohortApi {

    private final CohortAccess access;
    private final CohortService service;
    private final CohortViews views;
    private final EnrolmentPace pace;

    CohortApi(CohortAccess access, CohortService service, CohortViews views, EnrolmentPace pace) {
        this.access = access;
        this.service = service;
        this.views = views;
        this.pace = pace;
    }

    @GET
    @Operation(summary = "The cohorts I run (all cohorts for an administrator), newest start first, a page at a time")
    public List<CohortViews.CohortSummary> list(@QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Pages count from 0.")
            @Max(value = Paging.MAX_PAGE, message = "There are not that many pages.") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "Ask for at least one cohort.")
            @Max(value = 200, message = "Ask for at most 200 cohorts at a time.") int size) {
        return views.summaries(access.cohorts(Paging.offset(page, size), size));
    }

    @POST
    @Operation(summary = "Create a cohort for a course; I become its instructor")
    public Response create(@Valid @NotNull(message = "Send the cohort as JSON.") CohortRequest request) {
        Cohort cohort = service.create(request, access.viewer());
        return Response.created(URI.create("/api/instructor/cohorts/" + cohort.id)).entity(views.summary(cohort.id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A cohort with its members and sessions")
    public CohortViews.CohortDetail get(@PathParam("id") Long id) {
        return views.detail(access.cohort(id).id);
    }

    @POST
    @Path("{id}/members")
    @Operation(summary = "Invite trainees by e-mail (accounts are created where needed)",
            description = "Every address invited gets the same outcome, whether it had an account or not; people with an "
                    + "account join once they accept on their invitations page, new accounts at their first sign-in. "
                    + "Until then a member shows as INVITED with no name. Addresses that cannot be used are reported one "
                    + "by one and the others still invited; people already in the cohort are ignored. 409 when the new "
                    + "trainees do not fit (nobody is invited then); 400 when no address could be used.")
    public EnrolmentReport enrol(@PathParam("id") Long id, @Valid @NotNull(message = "Send {\"emails\": [...]}.") MembersRequest request) {
        Cohort cohort = access.cohort(id);
        EnrolmentReport report = pace.paced(() -> service.enrol(cohort, request.emails()));
        if (report.invited().isEmpty() && report.alreadyMembers().isEmpty()) {
            throw new InvalidCohortInputException("None of the addresses could be used.", report.invalid());
        }
        return report;
    }

    @DELETE
    @Path("{id}/members/{memberId}")
    @Operation(summary = "Remove a member, or withdraw an invitation",
            description = "The place is freed. The trainee's course enrolment and progress stay theirs, and their attendance "
                    + "marks are kept (they record what happened); the cohort no longer shows them. 404 for a member of "
                    + "another cohort or of a cohort you do not run.")
    public Response removeMember(@PathParam("id") Long id, @PathParam("memberId") Long memberId) {
        service.remove(access.cohort(id), memberId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/sessions")
    @Operation(summary = "Add an instructor-led session (place and link default to the cohort's)")
    public Response addSession(@PathParam("id") Long id, @Valid @NotNull(message = "Send the session as JSON.") SessionRequest request) {
        Cohort cohort = access.cohort(id);
        TrainingSession session = service.addSession(cohort, request);
        return Response.created(URI.create("/api/instructor/cohorts/" + cohort.id + "/sessions/" + session.id))
                .entity(views.sessionDetail(cohort.id, session.id).session()).build();
    }

    @GET
    @Path("{id}/sessions/{sessionId}")
    @Operation(summary = "A session with each member's attendance")
    public CohortViews.SessionDetail session(@PathParam("id") Long id, @PathParam("sessionId") Long sessionId) {
        Cohort cohort = access.cohort(id);
        return views.sessionDetail(cohort.id, access.session(cohort, sessionId).id);
    }

    @PUT
    @Path("{id}/sessions/{sessionId}/attendance")
    @Operation(summary = "Mark attendance (PRESENT, ABSENT or PARTIAL, with an optional note); a mark replaces the earlier one")
    public CohortViews.SessionDetail markAttendance(@PathParam("id") Long id, @PathParam("sessionId") Long sessionId,
            @Valid @NotNull(message = "Send {\"marks\": [...]}.") AttendanceRequest request) {
        Cohort cohort = access.cohort(id);
        TrainingSession session = access.session(cohort, sessionId);
        service.recordAttendance(cohort, session, request.marks(), access.viewer());
        return views.sessionDetail(cohort.id, session.id);
    }
}
