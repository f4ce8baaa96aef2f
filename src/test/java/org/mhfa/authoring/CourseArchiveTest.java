package org.mhfa.authoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.CourseFiles;

/** A course's ZIP: the same files give the same bytes, any top folder is stripped, and nothing unpacks past its bounds. */
class CourseArchiveTest {

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getValue() != null) {
                    zip.write(entry.getValue());
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameFilesGiveTheSameZipAndComeBackByteForByte() {
        CourseFiles files = CourseFiles.of(Map.of("course.md", utf8("---\ntitle: A\n---\n"), "01-a/module.md", utf8("é\r\n"),
                "assets/x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, -1}));
        byte[] zip = CourseArchive.write("any-course", files);
        assertArrayEquals(zip, CourseArchive.write("any-course", CourseFiles.of(files.files())));
        CourseFiles back = CourseArchive.read(zip);
        assertEquals(files.files().keySet(), back.files().keySet());
        files.files().forEach((path, bytes) -> assertArrayEquals(bytes, back.files().get(path), path));
    }

    @Test
    void aTopFolderIsStrippedOnlyWhenItHoldsTheCourseAndHiddenFilesAreSkipped() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("my-course/", null);
        entries.put("my-course/course.md", utf8("c"));
        entries.put("my-course/01-a/module.md", utf8("m"));
        entries.put("my-course/.DS_Store", utf8("x"));
        entries.put("__MACOSX/my-course/._course.md", utf8("x"));
        assertEquals(java.util.Set.of("course.md", "01-a/module.md"), CourseArchive.read(zip(entries)).files().keySet());
        assertEquals(java.util.Set.of("course.md"), CourseArchive.read(zip(Map.of("notes/course.md", utf8("c")))).files().keySet());
        assertEquals(java.util.Set.of("course.md", "01-a/module.md"),
                CourseArchive.read(zip(Map.of("course.md", utf8("c"), "01-a/module.md", utf8("m")))).files().keySet());
    }

    @Test
    void whatAZipClaimsDoesNotMatterOnlyWhatItUnpacksTo() throws IOException {
        InvalidDraftEditException bomb = assertThrows(InvalidDraftEditException.class,
                () -> CourseArchive.read(zip(Map.of("course.md", new byte[(int) CourseArchive.MAX_ENTRY_BYTES + 1]))));
        assertTrue(bomb.errors().get("archive").contains("more than 5 MB"));
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            many.put("0" + i + "-m/big.md", new byte[(int) CourseArchive.MAX_ENTRY_BYTES - 1]);
        }
        assertTrue(assertThrows(InvalidDraftEditException.class, () -> CourseArchive.read(zip(many))).errors().get("archive")
                .contains("50 MB"));
        assertThrows(InvalidDraftEditException.class, () -> CourseArchive.read(zip(Map.of("../course.md", utf8("c")))));
        assertThrows(InvalidDraftEditException.class, () -> CourseArchive.read(zip(Map.of("only/", new byte[0]))));
        assertThrows(InvalidDraftEditException.class, () -> CourseArchive.read(utf8("PK not really")));
        assertThrows(InvalidDraftEditException.class, () -> CourseArchive.read(new byte[CourseArchive.MAX_ARCHIVE_BYTES + 1]));
    }
}
