package org.mhfa.course;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mhfa.quiz.Quiz;

/** A course as loaded from {@code content/courses/<id>/}: its modules, lessons and knowledge checks. */
public record Course(String id, String title, String summary, int validityMonths, String audience,
        Integer estimatedMinutes, String introHtml, List<CourseModule> modules, String version, String renews,
        RenewalWindow renewalWindow) {

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

    public List<ModuleItem> requiredItems() {
        return items().filter(ModuleItem::required).toList();
    }

    public Optional<Lesson> lesson(String lessonId) {
        return items().filter(item -> item instanceof Lesson && item.id().equals(lessonId)).map(Lesson.class::cast).findFirst();
    }

    public Optional<Quiz> quiz(String quizId) {
        return items().filter(item -> item instanceof Quiz && item.id().equals(quizId)).map(Quiz.class::cast).findFirst();
    }

    public Optional<org.mhfa.scenario.Scenario> scenario(String scenarioId) {
        return items().filter(item -> item instanceof org.mhfa.scenario.Scenario && item.id().equals(scenarioId))
                .map(org.mhfa.scenario.Scenario.class::cast).findFirst();
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
