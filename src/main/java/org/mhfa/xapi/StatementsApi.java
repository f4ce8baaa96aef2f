package org.mhfa.xapi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mhfa.cohort.CohortAccess;
import org.mhfa.platform.Roles;

/**
 * The learning records as xAPI statements, filtered, in pages, oldest first: all of them for administrators, for an
 * instructor only those about trainees who joined a cohort they lead, in that cohort's course.
 */
@Path(StatementsApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class StatementsApi {

    static final String PATH = "/api/xapi/statements";
    static final String VERSION_HEADER = "X-Experience-API-Version";

    private final StatementLog log;
    private final CohortAccess access;

    StatementsApi(StatementLog log, CohortAccess access) {
        this.log = log;
        this.access = access;
    }

    @GET
    @Operation(summary = "xAPI statements", description = "An xAPI StatementResult: statements stored after 'since', of a "
            + "'course', of a 'learner' (pseudonym), 'limit' per page (at most 500); 'more' is the next page or empty. "
            + "Administrators see every statement; instructors only those about trainees who joined a cohort they lead, in "
            + "that cohort's course (a 'learner' outside them gives an empty page, like an unknown pseudonym).")
    public Response statements(@QueryParam("since") String since, @QueryParam("course") String course,
            @QueryParam("learner") String learner, @QueryParam("limit") String limit, @QueryParam("after") String after) {
        StatementQuery query = StatementQuery.parse(since, course, learner, limit, after);
        Instant consistentThrough = Instant.now();
        StatementLog.Scope scope = access.isAdmin() ? StatementLog.Scope.everyone() : StatementLog.Scope.traineesLedBy(access.viewer());
        List<StatementLog.Entry> entries = log.page(query, scope);
        boolean more = entries.size() > query.limit();
        List<StatementLog.Entry> page = more ? entries.subList(0, query.limit()) : entries;
        StringBuilder body = new StringBuilder(64 + page.size() * 1200).append("{\"statements\":[");
        for (int i = 0; i < page.size(); i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append(page.get(i).json());
        }
        String next = more ? query.next(PATH, page.get(page.size() - 1).sequence()) : "";
        body.append("],\"more\":\"").append(next).append("\"}");
        return Response.ok(body.toString())
                .header(VERSION_HEADER, StatementFactory.XAPI_VERSION)
                .header("X-Experience-API-Consistent-Through", consistentThrough.toString())
                .build();
    }
}
