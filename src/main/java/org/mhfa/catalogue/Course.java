package org.mhfa.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A course as loaded from {@code content/courses/<id>/}: its modules, lessons and knowledge checks. */
public record Course(String id, String title, String summary, int validityMonths, String audience,
        Integer estimatedMinutes, String introHtml, List<CourseModule> modules, String version, String renews,
        RenewalWindow renewalWindow, CompletionRules completion) {

    public Course {
        completion = completion == null ? CompletionRules.DEFAULT : completion;
    }

    /** A course with the default completion rules. */
    public Course(String id, String title, String summary, int validityMonths, String audience, Integer estimatedMinutes,
            String introHtml, List<CourseModule> modules, String version, String renews, RenewalWindow renewalWindow) {
        this(id, title, summary, validityMonths, audience, estimatedMinutes, introHtml, modules, version, renews, renewalWindow,
                CompletionRules.DEFAULT);
    }

    /** When a certificate of this course may be renewed: from some months before its expiry to some months after. */
    public record RenewalWindow(int opensMonthsBefore, int closesMonthsAfter) {

        public java.time.LocalDate opens(java.time.LocalDate expiry) {
            return expiry.minusMonths(opensMonthsBefore);
        }

        public java.time.LocalDate closes(java.time.LocalDate expiry) {
            return expiry.plusMonths(closesMonthsAfter);
        }

        /** Inclusive at both ends. */
        public boolean contains(java.time.LocalDate expiry, java.time.LocalDate day) {
            return !day.isBefore(opens(expiry)) && !day.isAfter(closes(expiry));
        }
    }

    /** True for a refresher course, which renews another course's certificate. */
    public boolean isRefresher() {
        return renews != null;
    }

    public Stream<ModuleItem> items() {
        return modules.stream().flatMap(module -> module.items().stream());
    }

    /** The items that must be done to finish the e-learning, in course order (see {@link CompletionRules#required()}). */
    public List<ModuleItem> requiredItems() {
        return items().filter(this::isRequired).toList();
    }

    /**
     * True when the item counts towards completion: by default when it is not marked {@code required: false}; where the
     * course lists what is required, when it is listed itself or is a required item of a listed module.
     */
    public boolean isRequired(ModuleItem item) {
        List<String> listed = completion.required();
        if (listed == null) {
            return item.required();
        }
        if (listed.contains(item.id())) {
            return true;
        }
        return item.required() && modules.stream()
                .anyMatch(module -> listed.contains(module.id()) && module.items().contains(item));
    }

    /** The required items of one module. */
    public List<ModuleItem> requiredItems(CourseModule module) {
        return module.items().stream().filter(this::isRequired).toList();
    }

    /** True when finishing the course also takes attendance at an instructor-led session. */
    public boolean requiresAttendance() {
        return completion.attendance().required();
    }

    public Optional<Lesson> lesson(String lessonId) {
        return items().filter(item -> item instanceof Lesson && item.id().equals(lessonId)).map(Lesson.class::cast).findFirst();
    }

    public Optional<Quiz> quiz(String quizId) {
        return items().filter(item -> item instanceof Quiz && item.id().equals(quizId)).map(Quiz.class::cast).findFirst();
    }

    public Optional<Scenario> scenario(String scenarioId) {
        return items().filter(item -> item instanceof Scenario && item.id().equals(scenarioId))
                .map(Scenario.class::cast).findFirst();
    }

    /** The item after the given one in course order, if any. */
    public Optional<ModuleItem> itemAfter(String itemId) {
        List<ModuleItem> all = items().toList();
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).id().equals(itemId)) {
                return Optional.of(all.get(i + 1));
            }
        }
        return Optional.empty();
    }

    public int lessonCount() {
        return (int) items().filter(Lesson.class::isInstance).count();
    }
}
