package org.mhfa.catalogue;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The content being served: loaded at start-up, rendered once and held in memory, and reloaded course by course when
 * its files change. A course whose files have errors keeps being served in its last good version.
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
    private final Map<String, Course> served = new LinkedHashMap<>();
    private final Map<String, List<ContentError>> errorsByCourse = new LinkedHashMap<>();
    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(Map.of(), List.of(), Instant.EPOCH));
    private ContentWatcher watcher;

    public ContentRepository(ContentConfig config) {
        this.root = Path.of(config.dir());
        reload();
        if (config.watch()) {
            watcher = ContentWatcher.start(root, this::reloadChanged);
        }
    }

    /** Reads the whole content folder again; courses with errors keep their last good version. */
    public synchronized Snapshot reload() {
        ContentLoad load = loader.load(root);
        Set<String> present = new TreeSet<>();
        loader.courseDirs(root).forEach(dir -> present.add(dir.getFileName().toString()));
        served.keySet().retainAll(present);
        errorsByCourse.clear();
        load.courses().forEach(course -> served.put(course.id(), course));
        load.errors().forEach(error -> errorsByCourse.computeIfAbsent(courseOf(error.file()), key -> new ArrayList<>()).add(error));
        return publish(load.errors().size());
    }

    /** Reloads only the courses whose files changed; anything outside a course folder reloads everything. */
    synchronized Snapshot reloadChanged(Set<Path> changed) {
        Path coursesDir = root.resolve("courses");
        Set<String> courseIds = new TreeSet<>();
        for (Path path : changed) {
            if (!path.startsWith(coursesDir) || path.equals(coursesDir)) {
                return reload();
            }
            courseIds.add(coursesDir.relativize(path).getName(0).toString());
        }
        int errors = 0;
        for (String courseId : courseIds) {
            Path courseDir = coursesDir.resolve(courseId);
            errorsByCourse.remove(courseId);
            if (!Files.isDirectory(courseDir) || courseId.startsWith("_") || courseId.startsWith(".")) {
                served.remove(courseId);
                continue;
            }
            ContentLoader.CourseLoad load = loader.loadCourse(root, courseDir);
            load.course().ifPresent(course -> served.put(course.id(), course));
            if (!load.errors().isEmpty()) {
                errorsByCourse.put(courseId, load.errors());
                errors += load.errors().size();
            }
        }
        return publish(errors);
    }

    private Snapshot publish(int newErrors) {
        List<Course> ordered = new ArrayList<>(served.values());
        ordered.sort(Comparator.comparing(Course::title));
        Map<String, Course> courses = new LinkedHashMap<>();
        ordered.forEach(course -> courses.put(course.id(), course));
        List<ContentError> errors = errorsByCourse.values().stream().flatMap(List::stream).toList();
        Snapshot snapshot = new Snapshot(Collections.unmodifiableMap(courses), errors, Instant.now());
        current.set(snapshot);
        if (errors.isEmpty()) {
            LOG.infof("Content in %s: %d course(s) served", root, courses.size());
        } else if (newErrors > 0) {
            LOG.warnf("Content in %s has %d error(s); courses with errors keep their last good version:%n%s",
                    root, errors.size(), String.join("\n", errors.stream().map(ContentError::toString).toList()));
        }
        return snapshot;
    }

    private String courseOf(String errorFile) {
        Path relative = root.resolve("courses").relativize(Path.of(errorFile));
        return relative.getNameCount() > 0 && !relative.startsWith("..") ? relative.getName(0).toString() : "";
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

    public void onStop(@Observes ShutdownEvent event) {
        if (watcher != null) {
            watcher.close();
        }
    }
}
