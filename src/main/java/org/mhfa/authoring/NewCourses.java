package org.mhfa.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.mhfa.catalogue.CourseFiles;

/** Starts a new course in the editor: a draft with a course.md, one module and one lesson to write over. */
@ApplicationScoped
public class NewCourses {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private final DraftService drafts;

    NewCourses(DraftService drafts) {
        this.drafts = drafts;
    }

    /** Creates the draft of course {@code id}; the course is served once its draft is published. */
    public void create(String id, String title, Author admin) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (id == null || !ID.matcher(id).matches()) {
            errors.put("id", "Use lowercase letters, digits and hyphens, starting with a letter (at most 63), such as 'workplace-support'.");
        } else if (drafts.exists(id)) {
            errors.put("id", "There is already a course '" + id + "'.");
        }
        if (title == null || title.isBlank() || title.length() > 200 || title.contains("\n") || title.contains("\r")
                || !org.mhfa.platform.PlainText.Validator.isPlain(title)) {
            errors.put("title", "Give the course a title of at most 200 characters on one line.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidDraftEditException(errors);
        }
        String yamlTitle = title.strip().replace("\\", "\\\\").replace("\"", "\\\"");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("course.md", ("---\ntitle: \"" + yamlTitle + "\"\nsummary: What trainees will be able to do after this course.\n---\n"
                + "Introduce the course here.\n").getBytes(StandardCharsets.UTF_8));
        files.put("01-introduction/module.md", "---\ntitle: Introduction\n---\n".getBytes(StandardCharsets.UTF_8));
        files.put("01-introduction/01-welcome.md", "---\ntitle: Welcome\nminutes: 5\n---\nWrite the first lesson here.\n"
                .getBytes(StandardCharsets.UTF_8));
        drafts.replace(id, CourseFiles.of(files), admin);
    }
}
