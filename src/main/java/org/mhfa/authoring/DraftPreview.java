package org.mhfa.authoring;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.CourseModule;
import org.mhfa.catalogue.ModuleItem;

/** Which item of a checked draft a file holds: {@code 01-awareness/02-signs.md} is the lesson {@code signs} of module {@code awareness}. */
public final class DraftPreview {

    private static final Pattern ITEM_FILE = Pattern.compile("\\d{1,4}-([^/]+)/\\d{1,4}-(.+?)(\\.quiz|\\.scenario)?\\.md");
    private static final Pattern MODULE_FILE = Pattern.compile("\\d{1,4}-([^/]+)/module\\.md");

    private DraftPreview() {
    }

    /** The lesson, knowledge check or scenario that {@code path} holds in {@code course}, if it is one. */
    public static Optional<ModuleItem> item(Course course, String path) {
        Matcher matcher = ITEM_FILE.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String moduleId = matcher.group(1);
        String itemId = matcher.group(2);
        return course.modules().stream().filter(module -> module.id().equals(moduleId)).findFirst()
                .flatMap(module -> module.items().stream().filter(item -> item.id().equals(itemId)).findFirst());
    }

    /** The module whose {@code module.md} {@code path} is, if it is one. */
    public static Optional<CourseModule> module(Course course, String path) {
        Matcher matcher = MODULE_FILE.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return course.modules().stream().filter(module -> module.id().equals(matcher.group(1))).findFirst();
    }
}
