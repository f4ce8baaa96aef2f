package org.mhfa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The paths a course may hold, and the tree hash that decides whether files make a new version. */
class CourseFilesTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void onlyPlainRelativePathsOfAtMostFourNamesAreCourseFiles() {
        for (String good : new String[] {"course.md", "01-a/module.md", "01-a/02-b.quiz.md", "assets/bus_1.png", "a/b/c/d.md"}) {
            assertTrue(CourseFiles.isValidPath(good), good);
        }
        for (String bad : new String[] {"", "/etc/passwd", "../x.md", "a/../b.md", "a//b.md", ".hidden.md", "a/.git/config",
                "a b.md", "a/b/c/d/e.md", "a\\b.md", "x".repeat(301), "ä.md", "a/", "%2e%2e/x"}) {
            assertFalse(CourseFiles.isValidPath(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> CourseFiles.of(Map.of("../x.md", utf8("x"))));
    }

    @Test
    void theTreeHashChangesWithAnyPathOrByteAndNotWithOrder() {
        CourseFiles one = CourseFiles.of(Map.of("course.md", utf8("a"), "01-a/module.md", utf8("b")));
        CourseFiles same = CourseFiles.of(new java.util.LinkedHashMap<>(Map.of("01-a/module.md", utf8("b"), "course.md", utf8("a"))));
        assertEquals(one.treeSha256(), same.treeSha256());
        assertNotEquals(one.treeSha256(), CourseFiles.of(Map.of("course.md", utf8("a"), "01-a/module.md", utf8("c"))).treeSha256());
        assertNotEquals(one.treeSha256(), CourseFiles.of(Map.of("course.md", utf8("a"), "01-b/module.md", utf8("b"))).treeSha256());
        assertNotEquals(one.treeSha256(), CourseFiles.of(Map.of("course.md", utf8("a"))).treeSha256());
        assertNotEquals(CourseFiles.of(Map.of("ab", utf8("c"))).treeSha256(), CourseFiles.of(Map.of("a", utf8("bc"))).treeSha256());
    }

    @Test
    void filesAreCopiedInAndOut() {
        byte[] bytes = utf8("a");
        CourseFiles files = CourseFiles.of(Map.of("course.md", bytes));
        bytes[0] = 'z';
        assertEquals('a', files.bytes("course.md")[0]);
        files.bytes("course.md")[0] = 'z';
        assertEquals('a', files.bytes("course.md")[0]);
    }
}
