package org.mhfa.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mhfa.catalogue.CourseModule;
import org.mhfa.catalogue.ModuleItem;

/**
 * One course on "My learning": progress overall and per module, what comes next, attempts and best scores of the
 * knowledge checks and scenarios, the time spent and the last activity.
 */
public record LearningOverview(CourseProgress progress, List<ModuleOverview> modules, List<ItemScores> checks,
        List<ItemScores> scenarios, TimeSpent timeSpent, Instant lastActivity) {

    /** A module's progress: required items done out of required items. */
    public record ModuleOverview(CourseModule module, int done, int required, int percent) {
    }

    /**
     * The attempts (checks: submitted attempts; scenarios: play-throughs finished) at a graded item, the best score
     * (null before the first), the pass mark that counts for completion and its unit ("%" or "points"), and whether it counts.
     */
    public record ItemScores(ModuleItem item, int attempts, Integer best, int passMark, String unit, boolean counted, String url) {
    }

    /** Where to resume: the first item not yet done, in course order. */
    public Optional<ModuleItem> next() {
        return progress.next();
    }

    /** The day (UTC) of the last activity. */
    public java.time.LocalDate lastActivityDay() {
        return java.time.LocalDate.ofInstant(lastActivity, java.time.ZoneOffset.UTC);
    }

    /** The link to resume at, or null when every item is done. */
    public String nextUrl() {
        return next().map(item -> "/courses/" + progress.course().id() + "/" + item.kind() + "/" + item.id()).orElse(null);
    }
}
