package org.mhfa.cohort;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the cohort dashboard. */
@ConfigMapping(prefix = "mhfa.cohort")
public interface CohortDashboardConfig {

    /** Members who have not completed the course and did nothing in it for this many days are flagged. */
    @WithDefault("14")
    int inactiveAfterDays();
}
