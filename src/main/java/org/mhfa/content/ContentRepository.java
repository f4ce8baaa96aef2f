package org.mhfa.content;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.mhfa.course.Course;

/**
 * The content being served: loaded at start-up, rendered once and held in memory, reloaded when a file changes.
 * A course whose files have errors keeps being served in its last good version.
 */
@Startup
@ApplicationScoped
public class ContentRepository {

    private static final Logger LOG = Logger.getLogger(ContentRepository.class);

    /** What is served now, with the errors of the last load. */
    public record Snapshot(Map<String, Course> courses, List<ContentError> errors, Instant loadedAt) {
    }

    private final Path root;
    private final ContentLoader loader = new ContentLoader();
    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(Map.of(), List.of(), Instant.EPOCH));
    private ContentWatcher watcher;

    ContentRepository(ContentConfig config) {
        this.root = Path.of(config.dir());
        reload();
        if (config.watch()) {
            watcher = ContentWatcher.start(root, this::reload);
        }
    }

    /** Reads the content folder again; courses with errors keep their last good version. */
    public synchronized Snapshot reload() {
        ContentLoad load = loader.load(root);
        Map<String, Course> previous = current.get().courses();
        Map<String, Course> next = new LinkedHashMap<>();
        load.courses().forEach(course -> next.put(course.id(), course));
        for (String failed : load.failedCourseIds()) {
            Course lastGood = previous.get(failed);
            if (lastGood != null) {
                next.put(failed, lastGood);
            }
        }
        List<Course> ordered = new ArrayList<>(next.values());
        ordered.sort(java.util.Comparator.comparing(Course::title));
        Map<String, Course> courses = new LinkedHashMap<>();
        ordered.forEach(course -> courses.put(course.id(), course));
        Snapshot snapshot = new Snapshot(java.util.Collections.unmodifiableMap(courses), load.errors(), Instant.now());
        current.set(snapshot);
        if (load.ok()) {
            LOG.infof("Content loaded from %s: %d course(s)", root, courses.size());
        } else {
            LOG.warnf("Content in %s has %d error(s); courses with errors keep their last good version:%n%s",
                    root, load.errors().size(), String.join("\n", load.errors().stream().map(ContentError::toString).toList()));
        }
        return snapshot;
    }

    public Collection<Course> courses() {
        return current.get().courses().values();
    }

    public Optional<Course> course(String id) {
        return Optional.ofNullable(current.get().courses().get(id));
    }

    public List<ContentError> errors() {
        return current.get().errors();
    }

    public Snapshot snapshot() {
        return current.get();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (watcher != null) {
            watcher.close();
        }
    }
}
