package org.mhfa.catalogue;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mhfa.testing.AuthoringFixture;

/** Published versions in the database: numbered once, unchanged files make none, and every instance serves the newest within seconds. */
@QuarkusTest
class PublishedVersionsTest {

    @Inject
    ContentVersions versions;

    @Inject
    ContentRepository content;

    private static CourseFiles retitled(CourseFiles files, String title) {
        Map<String, byte[]> changed = new TreeMap<>(files.files());
        String course = new String(changed.get("course.md"), StandardCharsets.UTF_8).replaceFirst("title: .*", "title: " + title);
        changed.put("course.md", course.getBytes(StandardCharsets.UTF_8));
        return CourseFiles.of(changed);
    }

    @Test
    void aVersionAddedByAnotherInstanceIsServedWithinSecondsAndUnchangedFilesMakeNone() {
        String course = "versions-" + UUID.randomUUID().toString().substring(0, 8);
        CourseFiles sample = AuthoringFixture.sampleFiles();
        ContentVersions.VersionInfo first = versions.addIfChanged(course, sample, PublishedVersion.Source.IMPORT, "test", "First");
        assertEquals(1, first.number());
        assertEquals(first.id(), versions.addIfChanged(course, sample, PublishedVersion.Source.IMPORT, "test", "Again").id());
        await().atMost(Duration.ofSeconds(5)).until(() -> content.course(course).isPresent());

        ContentVersions.VersionInfo second = versions.add(course, retitled(sample, "Served everywhere"), PublishedVersion.Source.PUBLISH,
                "another instance", "Retitled");
        assertEquals(2, second.number());
        await().atMost(Duration.ofSeconds(5)).until(() -> content.course(course).map(Course::title).orElse("").equals("Served everywhere"));
        assertEquals(2, content.servedVersion(course).orElseThrow());

        assertTrue(versions.retire(course, "test", "Withdrawn").isPresent());
        assertTrue(versions.retire(course, "test", "Again").isEmpty());
        await().atMost(Duration.ofSeconds(5)).until(() -> content.course(course).isEmpty());
        assertEquals(3, versions.history(course).size());
        assertEquals(sample.treeSha256(), versions.files(first.id()).treeSha256());
    }
}
