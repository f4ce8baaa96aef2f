package org.mhfa.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.ModuleItem;

/** Reads one knowledge check or scenario out of a course's checked draft, for play-testing it. */
@ApplicationScoped
public class DraftItems {

    private final DraftService drafts;
    private final DraftChecker checker;

    DraftItems(DraftService drafts, DraftChecker checker) {
        this.drafts = drafts;
        this.checker = checker;
    }

    /** The item of kind {@code type} that {@code path} holds in the draft; refused while the course or the file has errors. */
    public <T extends ModuleItem> T item(String courseId, String path, Class<T> type, String kind) {
        Course course = checker.check(courseId, drafts.files(courseId)).course()
                .orElseThrow(() -> new InvalidDraftEditException(Map.of("path", "The course cannot be read until course.md is fixed.")));
        return DraftPreview.item(course, path).filter(type::isInstance).map(type::cast).orElseThrow(() ->
                new UnknownAuthoringItemException("The draft has no " + kind + " without errors at '" + path + "': fix its findings first."));
    }
}
