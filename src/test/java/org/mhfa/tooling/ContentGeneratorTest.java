package org.mhfa.tooling;

import org.mhfa.catalogue.ContentLoad;
import org.mhfa.catalogue.ContentLoader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mhfa.catalogue.Course;

class ContentGeneratorTest {

    @TempDir
    Path root;

    @Test
    void theGeneratedTreeIsValidAndHasTheRequestedSize() {
        ContentGenerator.generate(root, 3, 20, 5, 4);
        ContentLoad load = new ContentLoader().load(root);
        assertTrue(load.ok(), () -> load.errors().toString());
        assertEquals(3, load.courses().size());
        assertEquals(20, load.courses().stream().mapToInt(Course::lessonCount).sum());
        assertEquals(5, load.courses().stream().flatMap(Course::items).filter(item -> item.kind().equals("quizzes")).count());
        assertEquals(4, load.courses().stream().flatMap(Course::items).filter(item -> item.kind().equals("scenarios")).count());
    }

    @Test
    void anUnchangedFileIsNotParsedAgainButAnEditedOneIs() throws Exception {
        ContentGenerator.generate(root, 1, 3, 1, 1);
        ContentLoader loader = new ContentLoader();
        Course first = loader.load(root).courses().get(0);
        Path lesson = root.resolve("courses/generated-0/01-module/0001-lesson-3.md");
        java.nio.file.Files.writeString(lesson, java.nio.file.Files.readString(lesson) + "\nAn edit.\n");
        Course second = loader.load(root).courses().get(0);
        assertTrue(second.lesson("lesson-3").orElseThrow().html().contains("An edit."));
        assertTrue(first.lesson("lesson-2").orElseThrow() == second.lesson("lesson-2").orElseThrow(), "unchanged item reused");
        assertTrue(first.version() != null && !first.version().equals(second.version()), "the course version follows the edit");
    }
}
