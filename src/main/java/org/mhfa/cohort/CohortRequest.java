package org.mhfa.cohort;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.mhfa.platform.PlainText;

/** What an instructor gives to create a cohort: the course, a name, the dates, where it meets and how many places. */
public record CohortRequest(
        @NotBlank(message = "Choose the course.") @Size(max = 64) String courseId,
        @NotBlank(message = "Give the cohort a name.") @Size(max = 200, message = "Keep the name under 200 characters.") @PlainText String name,
        @NotNull(message = "Give the start date.") LocalDate startsOn,
        @NotNull(message = "Give the end date.") LocalDate endsOn,
        @Size(max = 500, message = "Keep the place under 500 characters.") @PlainText String place,
        @HttpUrl @Size(max = 2000, message = "Keep the link under 2000 characters.") String videoLink,
        @NotNull(message = "Give the number of places.") @Min(value = 1, message = "A cohort needs at least one place.")
        @Max(value = 1000, message = "A cohort has at most 1000 places.") Integer capacity) {
}
