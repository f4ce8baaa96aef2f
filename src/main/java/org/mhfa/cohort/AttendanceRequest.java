package org.mhfa.cohort;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.mhfa.platform.PlainText;

/** Attendance marks for one session: one entry per trainee marked. */
public record AttendanceRequest(@NotEmpty(message = "Mark at least one trainee.") List<@Valid @NotNull Mark> marks) {

    /** One trainee's attendance, with an optional note (for example why they left early). */
    public record Mark(
            @NotNull(message = "Say which trainee.") Long learnerId,
            @NotNull(message = "Choose PRESENT, ABSENT or PARTIAL.") AttendanceStatus status,
            @Size(max = 500, message = "Keep the note under 500 characters.") @PlainText String note) {
    }
}
