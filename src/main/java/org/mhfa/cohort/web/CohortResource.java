package org.mhfa.cohort.web;

import org.mhfa.cohort.AttendanceRequest;
import org.mhfa.cohort.AttendanceStatus;
import org.mhfa.cohort.Cohort;
import org.mhfa.cohort.CohortAccess;
import org.mhfa.cohort.CohortFullException;
import org.mhfa.cohort.CohortRequest;
import org.mhfa.cohort.CohortService;
import org.mhfa.cohort.CohortTimes;
import org.mhfa.cohort.CohortViews;
import org.mhfa.cohort.EmailAddresses;
import org.mhfa.cohort.EnrolmentPace;
import org.mhfa.cohort.EnrolmentReport;
import org.mhfa.cohort.InvalidCohortInputException;
import org.mhfa.cohort.SessionRequest;
import org.mhfa.cohort.TrainingSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.Course;
import org.mhfa.platform.FormResponses;
import org.mhfa.platform.Paging;
import org.mhfa.platform.PlainText;
import org.mhfa.platform.Roles;

/**
 * The instructor pages of cohorts: the list and a create form, a cohort with its members (invite by e-mail, remove)
 * and sessions, attendance.
 */
@Path("/instructor/cohorts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class CohortResource {

    /** The create-cohort form as typed, for showing it again beside its errors. */
    public record CohortForm(String courseId, String name, String startsOn, String endsOn, String place, String videoLink, String capacity) {
        static CohortForm empty() {
            return new CohortForm("", "", "", "", "", "", "12");
        }
    }

    /** The add-session form as typed. */
    public record SessionForm(String startsAt, String durationMinutes, String place, String videoLink) {
        static SessionForm empty() {
            return new SessionForm("", "180", "", "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cohorts(List<CohortViews.CohortSummary> cohorts, int page, boolean morePages,
                Collection<Course> courses, CohortForm form, Map<String, String> errors, boolean admin);

        static native TemplateInstance cohort(CohortViews.CohortDetail detail, String emails, Map<String, String> inviteErrors,
                EnrolmentReport report, SessionForm sessionForm, Map<String, String> sessionErrors, String zoneName, boolean removed);

        static native TemplateInstance session(CohortViews.SessionDetail detail, Map<String, String> errors, boolean saved);
    }

    private static final int PAGE_SIZE = 50;

    private final CohortAccess access;
    private final CohortService service;
    private final CohortViews views;
    private final ContentRepository content;
    private final CohortTimes times;
    private final Validator validator;
    private final EnrolmentPace pace;

    CohortResource(CohortAccess access, CohortService service, CohortViews views, ContentRepository content, CohortTimes times,
            Validator validator, EnrolmentPace pace) {
        this.access = access;
        this.service = service;
        this.views = views;
        this.content = content;
        this.times = times;
        this.validator = validator;
        this.pace = pace;
    }

    @GET
    public TemplateInstance list(@QueryParam("page") int page) {
        return listPage(Math.min(Math.max(page, 0), Paging.MAX_PAGE), CohortForm.empty(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String courseId, @RestForm String name, @RestForm String startsOn, @RestForm String endsOn,
            @RestForm String place, @RestForm String videoLink, @RestForm String capacity) {
        CohortForm form = new CohortForm(courseId, name, startsOn, endsOn, place, videoLink, capacity);
        Map<String, String> errors = new LinkedHashMap<>();
        CohortRequest request = new CohortRequest(courseId, name, date(startsOn, "startsOn", errors), date(endsOn, "endsOn", errors),
                place, videoLink, number(capacity, "capacity", errors));
        validate(request, errors);
        if (errors.isEmpty()) {
            try {
                Cohort cohort = service.create(request, access.viewer());
                return Response.seeOther(URI.create("/instructor/cohorts/" + cohort.id)).build();
            } catch (InvalidCohortInputException e) {
                errors.putAll(e.errors());
            }
        }
        return FormResponses.invalid(listPage(0, form, errors));
    }

    @GET
    @Path("{id}")
    public TemplateInstance cohort(@PathParam("id") Long id, @QueryParam("removed") boolean removed) {
        return Templates.cohort(views.detail(access.cohort(id).id), "", Map.of(), null, SessionForm.empty(), Map.of(),
                times.getZoneName(), removed);
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enrol(@PathParam("id") Long id, @RestForm String emails) {
        Cohort cohort = access.cohort(id);
        List<String> addresses = EmailAddresses.split(emails);
        if (addresses.isEmpty()) {
            return FormResponses.invalid(cohortPage(cohort.id, "", Map.of("emails", "Give at least one e-mail address."),
                    null, SessionForm.empty(), Map.of()));
        }
        try {
            EnrolmentReport report = pace.paced(() -> service.enrol(cohort, addresses));
            // the unusable addresses stay in the box, to be corrected and sent again
            String retry = String.join("\n", report.invalid().keySet());
            Map<String, String> errors = report.invalid().isEmpty() ? Map.of()
                    : Map.of("emails", report.invalid().size() == 1 ? "One address could not be used; it is still in the box."
                            : report.invalid().size() + " addresses could not be used; they are still in the box.");
            int status = report.invited().isEmpty() && report.alreadyMembers().isEmpty() ? 400 : 200;
            return FormResponses.withStatus(status, cohortPage(cohort.id, retry, errors, report, SessionForm.empty(), Map.of()));
        } catch (CohortFullException e) {
            return FormResponses.withStatus(409, cohortPage(cohort.id, emails, Map.of("emails", e.getMessage()), null,
                    SessionForm.empty(), Map.of()));
        } catch (InvalidCohortInputException e) {
            return FormResponses.invalid(cohortPage(cohort.id, emails, Map.of("emails", e.errors().values().iterator().next()),
                    null, SessionForm.empty(), Map.of()));
        }
    }

    /** The "remove from the cohort" button of a member's row: the place is freed; their course progress stays theirs. */
    @POST
    @Path("{id}/members/{memberId}/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeMember(@PathParam("id") Long id, @PathParam("memberId") Long memberId) {
        Cohort cohort = access.cohort(id);
        service.remove(cohort, memberId);
        return Response.seeOther(URI.create("/instructor/cohorts/" + cohort.id + "?removed=true#members-heading")).build();
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSession(@PathParam("id") Long id, @RestForm String startsAt, @RestForm String durationMinutes,
            @RestForm String place, @RestForm String videoLink) {
        Cohort cohort = access.cohort(id);
        SessionForm form = new SessionForm(startsAt, durationMinutes, place, videoLink);
        Map<String, String> errors = new LinkedHashMap<>();
        java.time.OffsetDateTime start = times.fromLocalField(startsAt).orElse(null);
        if (start == null && startsAt != null && !startsAt.isBlank()) {
            errors.put("startsAt", "Give the date and time like 2026-12-01T18:00.");
        }
        SessionRequest request = new SessionRequest(start, number(durationMinutes, "durationMinutes", errors), place, videoLink);
        validate(request, errors);
        if (!errors.isEmpty()) {
            return FormResponses.invalid(cohortPage(cohort.id, "", Map.of(), null, form, errors));
        }
        TrainingSession session = service.addSession(cohort, request);
        return Response.seeOther(URI.create("/instructor/cohorts/" + cohort.id + "/sessions/" + session.id)).build();
    }

    @GET
    @Path("{id}/sessions/{sessionId}")
    public TemplateInstance session(@PathParam("id") Long id, @PathParam("sessionId") Long sessionId, @QueryParam("saved") boolean saved) {
        Cohort cohort = access.cohort(id);
        return Templates.session(views.sessionDetail(cohort.id, access.session(cohort, sessionId).id), Map.of(), saved);
    }

    /**
     * The attendance form: for each member a field {@code status-<learnerId>} (PRESENT, ABSENT, PARTIAL, or empty to
     * leave unmarked) and {@code note-<learnerId>}.
     */
    @POST
    @Path("{id}/sessions/{sessionId}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markAttendance(@PathParam("id") Long id, @PathParam("sessionId") Long sessionId, MultivaluedMap<String, String> form) {
        Cohort cohort = access.cohort(id);
        TrainingSession session = access.session(cohort, sessionId);
        List<AttendanceRequest.Mark> marks = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            if (!field.getKey().startsWith("status-") || field.getValue().isEmpty() || field.getValue().get(0).isBlank()) {
                continue;
            }
            String learner = field.getKey().substring("status-".length());
            try {
                Long learnerId = Long.valueOf(learner);
                AttendanceStatus status = AttendanceStatus.valueOf(field.getValue().get(0));
                String note = form.getFirst("note-" + learner);
                if (note != null && note.length() > 500) {
                    errors.put("note-" + learner, "Keep the note under 500 characters.");
                } else if (!PlainText.Validator.isPlain(note)) {
                    errors.put("note-" + learner, PlainText.MESSAGE);
                }
                marks.add(new AttendanceRequest.Mark(learnerId, status, note));
            } catch (IllegalArgumentException e) {
                errors.put(field.getKey(), "Choose present, partly present or absent.");
            }
        }
        if (marks.isEmpty() && errors.isEmpty()) {
            errors.put("attendance", "Mark at least one trainee.");
        }
        if (errors.isEmpty()) {
            try {
                service.recordAttendance(cohort, session, marks, access.viewer());
                return Response.seeOther(URI.create("/instructor/cohorts/" + cohort.id + "/sessions/" + session.id + "?saved=true")).build();
            } catch (InvalidCohortInputException e) {
                errors.put("attendance", e.getMessage());
            }
        }
        return FormResponses.invalid(Templates.session(views.sessionDetail(cohort.id, session.id), errors, false));
    }

    private TemplateInstance listPage(int page, CohortForm form, Map<String, String> errors) {
        List<Cohort> cohorts = access.cohorts(Paging.offset(page, PAGE_SIZE), PAGE_SIZE + 1);
        boolean morePages = cohorts.size() > PAGE_SIZE;
        List<CohortViews.CohortSummary> shown = views.summaries(morePages ? cohorts.subList(0, PAGE_SIZE) : cohorts);
        return Templates.cohorts(shown, page, morePages, content.courses(), form, errors, access.isAdmin());
    }

    private TemplateInstance cohortPage(Long cohortId, String emails, Map<String, String> inviteErrors, EnrolmentReport report,
            SessionForm sessionForm, Map<String, String> sessionErrors) {
        return Templates.cohort(views.detail(cohortId), emails, inviteErrors, report, sessionForm, sessionErrors, times.getZoneName(),
                false);
    }

    private void validate(Object request, Map<String, String> errors) {
        validator.validate(request).forEach(violation -> errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Give the date like 2026-12-01.");
            return null;
        }
    }

    private static Integer number(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "Give a whole number.");
            return null;
        }
    }
}
