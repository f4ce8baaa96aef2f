package org.mhfa.cohort;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings of cohorts and instructor-led sessions. */
@ConfigMapping(prefix = "mhfa.cohort")
public interface CohortConfig {

    /** The time zone session times are entered and shown in on the instructor pages and in e-mails. */
    @WithDefault("UTC")
    ZoneId timeZone();

    /** The most addresses one enrolment request may carry. */
    @WithDefault("200")
    int maxAddressesPerRequest();

    /** Dashboards flag members who have not completed the course and did nothing in it for this many days. */
    @WithDefault("14")
    int inactiveAfterDays();
}
