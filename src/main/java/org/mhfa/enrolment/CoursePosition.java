package org.mhfa.enrolment;

import java.util.Optional;
import org.mhfa.catalogue.ModuleItem;

/**
 * Where a learner stands in a course, for the pages of a knowledge check or a scenario: enrolled or not, the next item
 * to do, and the certificate once the course is complete.
 */
public record CoursePosition(boolean enrolled, Optional<ModuleItem> next, Optional<String> certificateCode) {
}
