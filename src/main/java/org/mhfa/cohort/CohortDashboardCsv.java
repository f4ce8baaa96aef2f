package org.mhfa.cohort;

import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.Scenario;

/**
 * The cohort dashboard's member table as CSV: one row per member, one column per knowledge check and scenario; a
 * member still invited has only their address and the status "invited".
 */
public final class CohortDashboardCsv {

    private CohortDashboardCsv() {
    }

    static CsvTable table(CohortDashboard.Dashboard dashboard) {
        List<String> header = new ArrayList<>(List.of("Name", "E-mail", "Status", "Modules done", "Modules", "Checks passed", "Checks"));
        dashboard.checkColumns().stream().map(Quiz::title).forEach(title -> header.add("Best score (%): " + title));
        dashboard.scenarioColumns().stream().map(Scenario::title).forEach(title -> header.add("Best score: " + title));
        header.addAll(List.of("Sessions present", "Sessions marked", "E-learning done", "Completed", "Certificate status",
                "Certificate code", "Last activity", "Inactive"));
        CsvTable table = new CsvTable(header);
        for (CohortDashboard.MemberRow member : dashboard.members()) {
            if (member.invited()) {
                // no name and no progress until they have joined: only the address they were invited with
                List<Object> cells = new ArrayList<>(List.of("", member.email() == null ? "" : member.email(), "invited"));
                while (cells.size() < header.size()) {
                    cells.add(null);
                }
                table.row(cells);
                continue;
            }
            List<Object> cells = new ArrayList<>(List.of(member.name(), member.email() == null ? "" : member.email(), "active",
                    member.modulesDone(), member.modulesTotal(), member.checksPassed(), member.checksTotal()));
            member.checks().forEach(result -> cells.add(result.best()));
            member.scenarios().forEach(result -> cells.add(result.best()));
            cells.addAll(List.of(member.sessionsPresent(), member.sessionsMarked(), yesNo(member.elearningDone()),
                    yesNo(member.completed()), member.certificateStatus()));
            cells.add(member.certificateCode());
            cells.add(member.lastActivity());
            cells.add(yesNo(member.inactive()));
            table.row(cells);
        }
        return table;
    }

    public static Response response(CohortDashboard.Dashboard dashboard) {
        String file = "cohort-" + dashboard.cohortId() + "-dashboard.csv";
        return Response.ok(table(dashboard).bytes(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
