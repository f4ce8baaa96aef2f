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
import org.mhfa.catalogue.ScenarioSketch;

/**
 * What the preview beside the editor shows for one file of a checked draft: the lesson, check, scenario (with its map),
 * module or course; for a scenario that cannot be read ({@code scenario-map}), its map as far as its text goes.
 */
public record FilePreview(String kind, Course course, CourseModule module, Lesson lesson, Quiz quiz, Scenario scenario, String graphSvg) {

    private static final String SCENARIO_SUFFIX = ".scenario.md";

    /** The preview of {@code path}, whose text in the editor is {@code text}, in the checked draft; {@code none} when the file could not be read. */
    static FilePreview of(DraftChecker.Checked checked, String path, String text) {
        if (path.endsWith(SCENARIO_SUFFIX)) {
            return scenario(checked, path, text);
        }
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
        return new FilePreview("none", course, null, null, null, null, null);
    }

    /** The scenario with its map drawn from the editor's text (so it links to lines), or the map alone when the scenario has errors. */
    private static FilePreview scenario(DraftChecker.Checked checked, String path, String text) {
        String graph = ScenarioGraphSvg.renderForEditor(ScenarioSketch.of(scenarioId(path), text == null ? "" : text));
        Course course = checked.course().orElse(null);
        Optional<ModuleItem> item = course == null ? Optional.empty() : DraftPreview.item(course, path);
        if (item.isPresent() && item.get() instanceof Scenario scenario) {
            return new FilePreview("scenario", course, null, null, null, scenario, graph);
        }
        return new FilePreview("scenario-map", course, null, null, null, null, graph);
    }

    /** {@code panic-on-the-bus} for {@code 03-responders/04-panic-on-the-bus.scenario.md}. */
    private static String scenarioId(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - SCENARIO_SUFFIX.length()).replaceFirst("^\\d+-", "");
    }
}
