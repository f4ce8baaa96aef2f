package org.mhfa.cohort;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** The e-mail addresses of trainees to enrol in a cohort. */
public record MembersRequest(@NotEmpty(message = "Give at least one e-mail address.") List<String> emails) {
}
