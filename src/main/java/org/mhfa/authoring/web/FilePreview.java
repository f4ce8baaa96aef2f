package org.mhfa.authoring.web;

import java.util.Optional;
import org.mhfa.authoring.DraftChecker;
import org.mhfa.authoring.DraftPreview;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.CourseModule;
import org.mhfa.catalogue.Lesson;
import org.mhfa.catalogue.ModuleItem;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.Scenario;
import org.mhfa.catalogue.ScenarioGraphSvg;

/** What the preview beside the editor shows for one file of a checked draft: the lesson, check, scenario (with its graph), module or course. */
public record FilePreview(String kind, Course course, CourseModule module, Lesson lesson, Quiz quiz, Scenario scenario, String graphSvg) {

    /** The preview of {@code path} in the checked draft; {@code none} when the file could not be read. */
    static FilePreview of(DraftChecker.Checked checked, String path) {
        if (checked.course().isEmpty()) {
            return new FilePreview("none", null, null, null, null, null, null);
        }
        Course course = checked.course().get();
        if (path.equals("course.md")) {
            return new FilePreview("course", course, null, null, null, null, null);
        }
        Optional<CourseModule> module = DraftPreview.module(course, path);
        if (module.isPresent()) {
            return new FilePreview("module", course, module.get(), null, null, null, null);
        }
        Optional<ModuleItem> item = DraftPreview.item(course, path);
        if (item.isPresent() && item.get() instanceof Lesson lesson) {
            return new FilePreview("lesson", course, null, lesson, null, null, null);
        }
        if (item.isPresent() && item.get() instanceof Quiz quiz) {
            return new FilePreview("quiz", course, null, null, quiz, null, null);
        }
        if (item.isPresent() && item.get() instanceof Scenario scenario) {
            return new FilePreview("scenario", course, null, null, null, scenario, ScenarioGraphSvg.render(scenario));
        }
        return new FilePreview("none", course, null, null, null, null, null);
    }
}
