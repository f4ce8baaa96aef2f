package org.mhfa.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mhfa.course.Course;
import org.mhfa.course.CourseModule;
import org.mhfa.course.ModuleItem;

/** How far a learner is through a course: what is done, what comes next, whether it is complete. */
public record CourseProgress(Course course, Enrolment enrolment, Set<String> doneItemIds, Optional<String> certificateCode) {

    public boolean enrolled() {
        return enrolment != null;
    }

    public boolean done(ModuleItem item) {
        return doneItemIds.contains(item.id());
    }

    public int percent() {
        List<ModuleItem> required = course.requiredItems();
        if (required.isEmpty()) {
            return enrolled() ? 100 : 0;
        }
        long done = required.stream().filter(this::done).count();
        return (int) (done * 100 / required.size());
    }

    public int modulePercent(CourseModule module) {
        List<ModuleItem> required = module.items().stream().filter(ModuleItem::required).toList();
        if (required.isEmpty()) {
            return 100;
        }
        return (int) (required.stream().filter(this::done).count() * 100 / required.size());
    }

    public boolean complete() {
        return course.requiredItems().stream().allMatch(this::done);
    }

    /** The first item not yet done, in course order. */
    public Optional<ModuleItem> next() {
        return course.items().filter(item -> !done(item)).findFirst();
    }

    public Instant completedAt() {
        return enrolment == null ? null : enrolment.completedAt;
    }
}
