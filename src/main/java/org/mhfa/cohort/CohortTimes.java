package org.mhfa.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** Session times in the platform's cohort time zone: shown to people, and read from date-time form fields. */
@Named("cohortTimes")
@ApplicationScoped
public class CohortTimes {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter READABLE_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final ZoneId zone;

    CohortTimes(CohortConfig config) {
        this.zone = config.timeZone();
    }

    public ZoneId zone() {
        return zone;
    }

    public String getZoneName() {
        return zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** "Tuesday 1 December 2026, 18:00 UTC". */
    public String readable(Instant instant) {
        return READABLE.format(instant.atZone(zone)) + " " + getZoneName();
    }

    /** "Tuesday 1 December 2026". */
    public String readableDate(LocalDate date) {
        return READABLE_DATE.format(date);
    }

    /** The value of an HTML datetime-local field ("2026-12-01T18:00") as a time in the cohort time zone. */
    public Optional<OffsetDateTime> fromLocalField(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.strip()).atZone(zone).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
