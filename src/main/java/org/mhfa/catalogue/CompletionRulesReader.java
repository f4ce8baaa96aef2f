package org.mhfa.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the completion rules of {@code course.md}: {@code required}, {@code pass-marks} and {@code attendance}, each id
 * checked against the modules and items the course folder holds.
 */
final class CompletionRulesReader {

    private static final Set<String> ATTENDANCE_KEYS = Set.of("required", "within-days");

    private final ContentFile file;
    private final FrontMatter front;
    private final CourseOutline outline;

    CompletionRulesReader(ContentFile file, FrontMatter front, CourseOutline outline) {
        this.file = file;
        this.front = front;
        this.outline = outline;
    }

    CompletionRules read() {
        return new CompletionRules(requiredIds(), passMarks(), attendanceRule());
    }

    /** The module and item ids under {@code required:}; null when the key is absent or wrong: every required item counts. */
    private List<String> requiredIds() {
        List<FrontMatter.Located<String>> listed = front.wordList("required", "required: [awareness, first-conversation]");
        if (listed == null) {
            return null;
        }
        List<String> required = new ArrayList<>();
        Set<String> known = new HashSet<>(outline.moduleIds());
        known.addAll(outline.itemIds());
        for (FrontMatter.Located<String> id : listed) {
            if (!known.contains(id.value())) {
                unknownName(id, "'required' names '" + id.value() + "', which is neither a module nor an item of this course: "
                        + "list module ids (folder names without the number) or lesson, check and scenario ids"
                        + FrontMatter.suggestion(id.value(), known));
            } else if (required.contains(id.value())) {
                file.error(id.line(), id.column(), "'" + id.value() + "' is listed twice under 'required': keep one");
            } else {
                required.add(id.value());
            }
        }
        return required;
    }

    /** The pass marks under {@code pass-marks:}, by knowledge check or scenario id. */
    private Map<String, Integer> passMarks() {
        Map<String, Integer> passMarks = new LinkedHashMap<>();
        front.section("pass-marks", null, "pass-marks: {knowledge-check: 80}").ifPresent(marks -> {
            for (FrontMatter.Located<String> id : marks.keys()) {
                passMark(marks, id).ifPresent(mark -> passMarks.put(id.value(), mark));
            }
        });
        return passMarks;
    }

    /** The pass mark of one entry of {@code pass-marks:}: a percentage for a knowledge check, a score for a scenario. */
    private Optional<Integer> passMark(FrontMatter marks, FrontMatter.Located<String> id) {
        Optional<ItemKind> kind = outline.kindOf(id.value());
        if (kind.isEmpty()) {
            Set<String> gradedIds = new LinkedHashSet<>(outline.itemIds(ItemKind.QUIZ));
            gradedIds.addAll(outline.itemIds(ItemKind.SCENARIO));
            unknownName(id, "'pass-marks' names '" + id.value() + "', which is not a knowledge check or scenario of this "
                    + "course" + FrontMatter.suggestion(id.value(), gradedIds));
            return Optional.empty();
        }
        return switch (kind.get()) {
            case QUIZ -> {
                Integer mark = marks.optionalInteger(id.value(), -100_000, 100_000);
                if (mark != null && (mark < 0 || mark > 100)) {
                    file.error(id.line(), id.column(), "the pass mark of knowledge check '" + id.value() + "' is a "
                            + "percentage: write a whole number from 0 to 100, found " + mark);
                    yield Optional.empty();
                }
                yield Optional.ofNullable(mark);
            }
            case SCENARIO -> Optional.ofNullable(marks.optionalInteger(id.value(), -100_000, 100_000));
            case LESSON -> {
                file.error(id.line(), id.column(), "'" + id.value() + "' is a lesson, which has no pass mark: 'pass-marks' "
                        + "takes knowledge checks (a percentage) and scenarios (a score)");
                yield Optional.empty();
            }
        };
    }

    /** Reports a name that is not found, unless a module or item whose name gives no id (already reported) may be it. */
    private void unknownName(FrontMatter.Located<String> id, String message) {
        if (outline.complete()) {
            file.error(id.line(), id.column(), message);
        }
    }

    /** The attendance rule under {@code attendance:}, or none. */
    private CompletionRules.AttendanceRule attendanceRule() {
        return front.section("attendance", ATTENDANCE_KEYS, "attendance: {required: true, within-days: 30}").map(section -> {
            boolean attendanceRequired = section.bool("required", false);
            Integer withinDays = section.optionalInteger("within-days", 0, 3650);
            if (withinDays != null && !attendanceRequired) {
                file.error(section.lineOf("within-days"), section.columnOfKey("within-days"), "'within-days' applies only when "
                        + "attendance is required: add 'required: true' under 'attendance', or remove 'within-days'");
            }
            return new CompletionRules.AttendanceRule(attendanceRequired, withinDays);
        }).orElse(CompletionRules.AttendanceRule.NONE);
    }
}
