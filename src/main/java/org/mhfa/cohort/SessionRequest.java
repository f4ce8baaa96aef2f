package org.mhfa.cohort;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.mhfa.platform.PlainText;

/** A new instructor-led session: when it starts, how long it lasts, and where (the cohort's place and link when blank). */
public record SessionRequest(
        @NotNull(message = "Give the date and time the session starts.") OffsetDateTime startsAt,
        @NotNull(message = "Give the length in minutes.") @Min(value = 15, message = "A session lasts at least 15 minutes.")
        @Max(value = 720, message = "A session lasts at most 12 hours (720 minutes).") Integer durationMinutes,
        @Size(max = 500, message = "Keep the place under 500 characters.") @PlainText String place,
        @HttpUrl @Size(max = 2000, message = "Keep the link under 2000 characters.") String videoLink) {
}
