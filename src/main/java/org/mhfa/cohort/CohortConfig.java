package org.mhfa.cohort;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
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

    /**
     * The least time each invitation of an enrolment request takes to answer, so that inviting someone who has an
     * account answers no sooner than inviting a new address (whose account Keycloak must create): see {@link EnrolmentPace}.
     */
    @WithDefault("0.5s")
    Duration invitationPace();

    /** Dashboards flag members who have not completed the course and did nothing in it for this many days. */
    @WithDefault("14")
    int inactiveAfterDays();
}
