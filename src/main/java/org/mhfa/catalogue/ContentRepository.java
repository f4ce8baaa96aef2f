package org.mhfa.catalogue;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.mhfa.platform.PlatformConfig;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The content being served: the newest published version of each course in the version store, rendered once and held
 * in memory, picked up within seconds of a publish on any instance. The content folder is imported at start and when its
 * files change (unchanged files make no new version); a course whose files have errors is not imported and keeps being
 * served in its last good version.
 */
@Startup
@ApplicationScoped
public class ContentRepository {

    private static final Logger LOG = Logger.getLogger(ContentRepository.class);
    private static final String FOLDER_AUTHOR = "content folder";

    /** What is served now, with the errors and warnings of the content folder's last import. */
    public record Snapshot(Map<String, Course> courses, List<ContentError> errors, List<ContentError> warnings, Instant loadedAt) {
    }

    /** A course as served: the course and the number of the version it was read from. */
    private record Served(Course course, int number) {
    }

    private final Path root;
    private final VersionStore versions;
    private final ContentLoader loader;
    private final Map<String, Served> served = new HashMap<>();
    private final Map<String, Served> importedNow = new HashMap<>();
    private final Map<String, List<ContentError>> errorsByCourse = new LinkedHashMap<>();
    private final Map<String, List<ContentError>> warningsByCourse = new LinkedHashMap<>();
    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(Map.of(), List.of(), List.of(), Instant.EPOCH));
    private ContentWatcher watcher;
    private static final int EARLIER_VERSIONS_SEARCHED = 30;
    private final ContentLoader earlierLoader;
    private final Map<String, ModuleItem> earlierItems = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ModuleItem> eldest) {
            return size() > 64;
        }
    };

    /** The platform's content, checked against its configured crisis lines. */
    @jakarta.inject.Inject
    public ContentRepository(ContentConfig config, VersionStore versions, PlatformConfig platform) {
        this(config, versions, platform.crisisLines().stream().map(PlatformConfig.CrisisLine::contact).toList());
    }

    /** Content checked against these crisis-line contact texts (tools that start no platform pass those of application.properties). */
    public ContentRepository(ContentConfig config, VersionStore versions, List<String> crisisLineContacts) {
        this.root = Path.of(config.dir());
        this.versions = versions;
        this.loader = ContentLoader.acceptingNumbersOf(crisisLineContacts);
        this.earlierLoader = ContentLoader.acceptingNumbersOf(crisisLineContacts);
        reload();
        if (config.watch()) {
            watcher = ContentWatcher.start(root, this::reloadChanged);
        }
    }

    /** Imports the whole content folder again and serves the newest versions; courses with errors keep their last good version. */
    public synchronized Snapshot reload() {
        errorsByCourse.clear();
        warningsByCourse.clear();
        Path coursesDir = root.resolve("courses");
        if (!Files.isDirectory(coursesDir)) {
            errorsByCourse.put("", List.of(new ContentError(coursesDir.toString(), 1, 1,
                    "no courses folder: create " + coursesDir + "/<course-id>/course.md")));
        }
        loader.courseDirs(root).forEach(this::importCourse);
        serveNewest();
        return publish();
    }

    /** Imports only the courses whose files changed; a course folder deleted withdraws the course; anything else reloads all. */
    synchronized Snapshot reloadChanged(Set<Path> changed) {
        Path coursesDir = root.resolve("courses");
        Set<String> courseIds = new TreeSet<>();
        for (Path path : changed) {
            if (!path.startsWith(coursesDir) || path.equals(coursesDir)) {
                return reload();
            }
            courseIds.add(coursesDir.relativize(path).getName(0).toString());
        }
        for (String courseId : courseIds) {
            Path courseDir = coursesDir.resolve(courseId);
            errorsByCourse.remove(courseId);
            warningsByCourse.remove(courseId);
            if (courseId.startsWith("_") || courseId.startsWith(".")) {
                continue;
            }
            if (!Files.isDirectory(courseDir)) {
                versions.retire(courseId, FOLDER_AUTHOR, "The course folder was removed from " + coursesDir + ".");
                continue;
            }
            importCourse(courseDir);
        }
        serveNewest();
        return publish();
    }

    /** Checks one course folder and, when it has no errors, adds it to the version store if its files changed. */
    private void importCourse(Path courseDir) {
        ContentLoader.CourseLoad load = loader.loadCourse(root, courseDir);
        if (!load.errors().isEmpty()) {
            errorsByCourse.put(load.courseId(), load.errors());
        }
        if (!load.warnings().isEmpty()) {
            warningsByCourse.put(load.courseId(), load.warnings());
        }
        load.course().ifPresent(course -> {
            ContentVersions.VersionInfo version = versions.addIfChanged(course.id(), CourseFiles.read(courseDir),
                    PublishedVersion.Source.IMPORT, FOLDER_AUTHOR, "Imported from " + courseDir + ".");
            importedNow.put(course.id(), new Served(course, version.number()));
        });
    }

    @Scheduled(every = "${mhfa.content.refresh-every}", delayed = "${mhfa.content.refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pickUpPublishedVersions() {
        refresh();
    }

    /** Serves the newest version of every course, reading from the version store only the courses that changed. */
    public synchronized Snapshot refresh() {
        return serveNewest() || current.get().loadedAt().equals(Instant.EPOCH) ? publish() : current.get();
    }

    /** Takes the newest version of each course from the version store; whether anything served changed. */
    private boolean serveNewest() {
        Map<String, Integer> newest = versions.newestNumbers();
        boolean changed = served.keySet().retainAll(newest.keySet());
        for (Map.Entry<String, Integer> entry : newest.entrySet()) {
            Served now = served.get(entry.getKey());
            if (now == null || now.number() != entry.getValue()) {
                changed |= serve(entry.getKey(), entry.getValue());
            }
        }
        importedNow.clear();
        return changed;
    }

    private boolean serve(String courseId, int number) {
        Served imported = importedNow.get(courseId);
        if (imported != null && imported.number() == number) {
            served.put(courseId, imported);
            return true;
        }
        Optional<ContentVersions.VersionInfo> version = versions.version(courseId, number);
        if (version.isEmpty() || version.get().retired()) {
            return served.remove(courseId) != null;
        }
        try (ContentTree tree = ContentTree.of(courseId, versions.files(version.get().id()))) {
            ContentLoader.CourseLoad load = tree.load(loader);
            if (load.course().isEmpty()) {
                LOG.errorf("Version %d of course %s no longer passes the checks; still serving the version before:%n%s", number, courseId,
                        String.join("\n", load.errors().stream().map(ContentError::toString).toList()));
                return false;
            }
            served.put(courseId, new Served(load.course().get(), number));
            return true;
        }
    }

    private Snapshot publish() {
        List<Course> ordered = new ArrayList<>(served.values().stream().map(Served::course).toList());
        ordered.sort(Comparator.comparing(Course::title));
        Map<String, Course> courses = new LinkedHashMap<>();
        ordered.forEach(course -> courses.put(course.id(), course));
        List<ContentError> errors = new ArrayList<>(errorsByCourse.values().stream().flatMap(List::stream).toList());
        ordered.stream().filter(course -> course.renews() != null && !courses.containsKey(course.renews())).forEach(course ->
                errors.add(new ContentError(root.resolve("courses").resolve(course.id()).resolve("course.md").toString(), 1, 1,
                        "'renews: " + course.renews() + "' names no course being served")));
        List<ContentError> warnings = warningsByCourse.values().stream().flatMap(List::stream).toList();
        Snapshot snapshot = new Snapshot(Collections.unmodifiableMap(courses), List.copyOf(errors), warnings, Instant.now());
        current.set(snapshot);
        if (!warnings.isEmpty()) {
            LOG.infof("Content: %d warning(s):%n%s", warnings.size(), String.join("\n", warnings.stream().map(ContentError::toString).toList()));
        }
        if (errors.isEmpty()) {
            LOG.infof("Content: %d course(s) served", courses.size());
        } else {
            LOG.warnf("Content in %s has %d error(s); courses with errors keep their last good version:%n%s",
                    root, errors.size(), String.join("\n", errors.stream().map(ContentError::toString).toList()));
        }
        return snapshot;
    }

    public Collection<Course> courses() {
        return current.get().courses().values();
    }

    public Optional<Course> course(String id) {
        return Optional.ofNullable(current.get().courses().get(id));
    }

    /** The number of the published version being served for the course. */
    public synchronized Optional<Integer> servedVersion(String courseId) {
        return Optional.ofNullable(served.get(courseId)).map(Served::number);
    }

    /**
     * The lesson, knowledge check or scenario {@code itemId} as it was in an earlier published version of the course,
     * found by its item version (what attempts and runs record): so that a run started before a publish finishes on the
     * scenario it started. The last {@link #EARLIER_VERSIONS_SEARCHED} versions are searched; what is found is kept.
     */
    public Optional<ModuleItem> earlierItem(String courseId, String itemId, String itemVersion) {
        String key = courseId + "/" + itemId + "@" + itemVersion;
        synchronized (earlierItems) {
            if (earlierItems.containsKey(key)) {
                return Optional.of(earlierItems.get(key));
            }
        }
        for (ContentVersions.VersionInfo version : versions.history(courseId).stream().limit(EARLIER_VERSIONS_SEARCHED).toList()) {
            if (version.retired()) {
                continue;
            }
            Optional<ModuleItem> found;
            try (ContentTree tree = ContentTree.of(courseId, versions.files(version.id()))) {
                found = tree.load(earlierLoader).course().flatMap(course -> course.items()
                        .filter(item -> item.id().equals(itemId) && item.version().equals(itemVersion)).findFirst());
            }
            if (found.isPresent()) {
                synchronized (earlierItems) {
                    earlierItems.put(key, found.get());
                }
                return found;
            }
        }
        return Optional.empty();
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
