package org.mhfa.catalogue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What completing a course takes, as set in its {@code course.md}: the required modules and items (null: every item not
 * marked {@code required: false}), pass marks that replace those of individual checks and scenarios, and attendance.
 */
public record CompletionRules(List<String> required, Map<String, Integer> passMarks, AttendanceRule attendance) {

    /** The default: every required item, each check and scenario at its own pass mark, no attendance. */
    public static final CompletionRules DEFAULT = new CompletionRules(null, Map.of(), AttendanceRule.NONE);

    /** Attendance (marked present) at an instructor-led session, optionally within some days of finishing the e-learning. */
    public record AttendanceRule(boolean required, Integer withinDays) {

        public static final AttendanceRule NONE = new AttendanceRule(false, null);
    }

    public CompletionRules {
        required = required == null ? null : List.copyOf(required);
        passMarks = Map.copyOf(passMarks);
        attendance = attendance == null ? AttendanceRule.NONE : attendance;
    }

    /** The pass mark the course sets for an item (a check's percentage or a scenario's score), if it sets one. */
    public OptionalInt passMark(String itemId) {
        Integer mark = passMarks.get(itemId);
        return mark == null ? OptionalInt.empty() : OptionalInt.of(mark);
    }
}
