package org.mhfa.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.node.Node;

/**
 * Reads {@code <root>/courses/*} into courses, checking every file. A course with any error is left out of the
 * result (its errors are reported), so that one broken course never takes down the others.
 */
public final class ContentLoader {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,4})-(.+)");
    static final String TOO_DEEP = "the file nests lists or quotes too deeply to read: flatten it";
    private static final Set<String> COURSE_KEYS = Set.of("title", "summary", "validity-months", "audience", "estimated-minutes",
            "renews", "renewal-opens-months-before", "renewal-closes-months-after", "required", "pass-marks", "attendance",
            SafeMessagingSwitch.KEY);
    private static final Set<String> MODULE_KEYS = Set.of("title", "summary");
    private static final Set<String> LESSON_KEYS = Set.of("title", "minutes", "required");

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final QuizParser quizParser = new QuizParser(markdown);
    private final ScenarioParser scenarioParser = new ScenarioParser(markdown);
    private final java.util.Map<String, ParsedFile> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final SafeMessagingCheck safeMessaging;

    /** A loader that accepts the crisis-line numbers of {@code application.properties} in content. */
    public ContentLoader() {
        this(CrisisLineNumbers.configured());
    }

    /** A loader that accepts the numbers of these crisis-line contact texts (the platform's configured lines) in content. */
    public static ContentLoader acceptingNumbersOf(java.util.Collection<String> crisisLineContacts) {
        return new ContentLoader(CrisisLineNumbers.inContacts(crisisLineContacts));
    }

    /** A loader that accepts the phone numbers {@code crisisNumbers} in content, compared by their digits. */
    public ContentLoader(Set<String> crisisNumbers) {
        Set<String> digits = new HashSet<>();
        crisisNumbers.forEach(number -> digits.add(CrisisLineNumbers.digits(number)));
        this.safeMessaging = new SafeMessagingCheck(digits, Set.of());
    }

    /** Loads every course under {@code root/courses}, courses in parallel. */
    public ContentLoad load(Path root) {
        Path coursesDir = root.resolve("courses");
        if (!Files.isDirectory(coursesDir)) {
            return new ContentLoad(List.of(), List.of(new ContentError(coursesDir.toString(), 1, 1,
                    "no courses folder: create " + coursesDir + "/<course-id>/course.md")), Set.of());
        }
        List<CourseLoad> loads = courseDirs(root).parallelStream().map(dir -> loadCourse(root, dir)).toList();
        List<Course> courses = new ArrayList<>();
        List<ContentError> problems = new ArrayList<>();
        Set<String> failed = new LinkedHashSet<>();
        for (CourseLoad load : loads) {
            load.course().ifPresentOrElse(courses::add, () -> failed.add(load.courseId()));
            problems.addAll(load.problems());
        }
        Set<String> known = new HashSet<>(failed);
        courses.forEach(course -> known.add(course.id()));
        for (java.util.Iterator<Course> it = courses.iterator(); it.hasNext();) {
            Course course = it.next();
            if (course.renews() != null && !known.contains(course.renews())) {
                problems.add(new ContentError(coursesDir.resolve(course.id()).resolve("course.md").toString(), 1, 1,
                        "'renews: " + course.renews() + "' names no course in this content folder"
                                + FrontMatter.suggestion(course.renews(), known)));
                failed.add(course.id());
                it.remove();
            }
        }
        courses.sort(Comparator.comparing(Course::title));
        return new ContentLoad(List.copyOf(courses), List.copyOf(problems), Set.copyOf(failed));
    }

    /** The outcome of loading one course folder: the course when it has no errors, and its errors and warnings. */
    public record CourseLoad(String courseId, Optional<Course> course, List<ContentError> problems) {

        /** The problems that keep the course from loading. */
        public List<ContentError> errors() {
            return ContentError.only(ContentError.Severity.ERROR, problems);
        }

        /** The problems that are only reported. */
        public List<ContentError> warnings() {
            return ContentError.only(ContentError.Severity.WARNING, problems);
        }
    }

    /** The course folders under {@code root/courses}, drafts (names starting with _ or .) left out. */
    public List<Path> courseDirs(Path root) {
        Path coursesDir = root.resolve("courses");
        return Files.isDirectory(coursesDir) ? children(coursesDir, Files::isDirectory) : List.of();
    }

    /** Loads one course folder, keeping its problems to itself. */
    public CourseLoad loadCourse(Path root, Path courseDir) {
        List<ContentError> problems = new ArrayList<>();
        Optional<Course> course = loadCourse(root, courseDir, problems);
        boolean failed = !ContentError.only(ContentError.Severity.ERROR, problems).isEmpty();
        return new CourseLoad(courseDir.getFileName().toString(), failed ? Optional.empty() : course, List.copyOf(problems));
    }

    /**
     * Loads one course folder; its errors and warnings go to {@code errors}. The course is only good to serve when no
     * error was added.
     */
    public Optional<Course> loadCourse(Path root, Path courseDir, List<ContentError> errors) {
        String courseId = courseDir.getFileName().toString();
        ContentFile courseFile = new ContentFile(root, courseDir.resolve("course.md"), errors);
        if (!ID.matcher(courseId).matches()) {
            new ContentFile(root, courseDir, errors).error(1, 1, "the course folder name '" + courseId
                    + "' is not a valid id: use lowercase letters, digits and hyphens, starting with a letter");
        }
        MessageDigest digest = sha256();
        Optional<String> courseText = ContentText.read(courseDir.resolve("course.md"), courseFile, digest, root);
        if (courseText.isEmpty()) {
            return Optional.empty();
        }
        Optional<FrontMatter> front = FrontMatter.read(courseFile, courseText.get(), COURSE_KEYS);
        String title = front.map(f -> f.requiredString("title")).orElse(null);
        String summary = front.map(f -> f.requiredString("summary")).orElse(null);
        int validity = front.map(f -> f.integer("validity-months", 36, 1, 600)).orElse(36);
        String renews = front.map(f -> f.optionalString("renews")).orElse(null);
        if (renews != null && !ID.matcher(renews).matches()) {
            courseFile.error(front.get().lineOf("renews"), 1, "'renews' must be the id of the course this one renews, "
                    + "e.g. 'renews: community-crisis-support'");
        }
        int opensBefore = front.map(f -> f.integer("renewal-opens-months-before", 6, 0, 120)).orElse(6);
        int closesAfter = front.map(f -> f.integer("renewal-closes-months-after", 3, 0, 120)).orElse(3);
        String audience = front.map(f -> f.optionalString("audience")).orElse(null);
        Integer minutes = front.map(f -> f.integer("estimated-minutes", 0, 0, 100_000)).filter(m -> m > 0).orElse(null);
        String intro = renderGuarded(courseFile, courseText.get());
        SafeMessagingCheck safety = safeMessaging.allowing(front.map(f -> SafeMessagingSwitch.read(courseFile, f)).orElse(Set.of()));
        safety.check(courseFile, courseText.get());

        CourseReading course = new CourseReading(root, digest, errors, safety);
        course.references.addAll(courseFile.references());
        course.banks = QuestionBanks.read(courseDir, new QuestionBanks.Reading(root, quizParser, digest, errors, safety, course.references));
        List<CourseModule> modules = new ArrayList<>();
        for (Path moduleDir : children(courseDir, Files::isDirectory)) {
            String dirName = moduleDir.getFileName().toString();
            if (!dirName.equals(IgnoredFiles.ASSETS) && !dirName.equals(QuestionBanks.FOLDER)) {
                loadModule(course, moduleDir).ifPresent(modules::add);
            }
        }
        course.banks.warnUnused(course.banksNamed);
        IgnoredFiles.report(root, courseDir, errors);
        new CourseReferenceCheck(courseDir, course.outline, errors).check(course.references);
        if (modules.isEmpty() && ContentError.only(ContentError.Severity.ERROR, errors).isEmpty()) {
            courseFile.error(1, 1, "the course has no modules: add a folder such as 01-introduction/ with a module.md");
        }
        if (title == null || summary == null) {
            return Optional.empty();
        }
        CompletionRules completion = front.map(f -> new CompletionRulesReader(courseFile, f, course.outline).read())
                .orElse(CompletionRules.DEFAULT);
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        return Optional.of(new Course(courseId, title, summary, validity, audience, minutes, intro, List.copyOf(modules), version,
                renews, new Course.RenewalWindow(opensBefore, closesAfter), completion));
    }

    /** What reading one course folder has gathered so far, beyond its modules. */
    private static final class CourseReading {

        final Path root;
        final MessageDigest digest;
        final List<ContentError> problems;
        /** The module and item ids used so far: each may be used once in a course. */
        final Set<String> ids = new HashSet<>();
        final CourseOutline outline = new CourseOutline();
        final List<CourseReference> references = new ArrayList<>();
        final SafeMessagingCheck safety;
        QuestionBanks banks;
        /** The question banks the course's knowledge checks name. */
        final Set<String> banksNamed = new HashSet<>();

        CourseReading(Path root, MessageDigest digest, List<ContentError> problems, SafeMessagingCheck safety) {
            this.root = root;
            this.digest = digest;
            this.problems = problems;
            this.safety = safety;
        }
    }

    /** Reads a module folder; its items are read (and checked) even when its module.md cannot be. */
    private Optional<CourseModule> loadModule(CourseReading course, Path moduleDir) {
        String dirName = moduleDir.getFileName().toString();
        ContentFile folder = new ContentFile(course.root, moduleDir, course.problems);
        Optional<String> moduleId = numberedId(dirName, "", folder, "module folder", "01-awareness");
        moduleId.ifPresentOrElse(course.outline::addModule, course.outline::addUnnamed);
        if (moduleId.isPresent() && !course.ids.add(moduleId.get())) {
            folder.error(1, 1, "the id '" + moduleId.get() + "' is already used in this course: module, lesson, knowledge "
                    + "check and scenario ids must be unique within a course; rename the folder");
        }
        ContentFile moduleFile = new ContentFile(course.root, moduleDir.resolve("module.md"), course.problems);
        Optional<String> text = ContentText.read(moduleDir.resolve("module.md"), moduleFile, course.digest, course.root);
        Optional<FrontMatter> front = text.flatMap(found -> FrontMatter.read(moduleFile, found, MODULE_KEYS));
        String title = front.map(f -> f.requiredString("title")).orElse(null);
        String summary = front.map(f -> f.optionalString("summary")).orElse(null);
        String intro = text.map(found -> renderGuarded(moduleFile, found)).orElse("");
        text.ifPresent(found -> course.safety.check(moduleFile, found));
        course.references.addAll(moduleFile.references());
        List<ModuleItem> items = new ArrayList<>();
        for (Path file : children(moduleDir, Files::isRegularFile)) {
            String name = file.getFileName().toString();
            if (!name.equals("module.md") && name.endsWith(".md") && !name.endsWith(QuestionBanks.SUFFIX)) {
                loadItem(course, file).ifPresent(items::add);
            }
        }
        if (title == null) {
            return Optional.empty();
        }
        return Optional.of(new CourseModule(moduleId.orElse(dirName), title, summary, intro, List.copyOf(items)));
    }

    /** Reads a lesson, knowledge check or scenario; empty when it has an error. */
    private Optional<? extends ModuleItem> loadItem(CourseReading course, Path file) {
        String name = file.getFileName().toString();
        ContentFile contentFile = new ContentFile(course.root, file, course.problems);
        ItemKind kind = ItemKind.ofFileName(name);
        String stem = name.substring(0, name.length() - kind.suffix().length());
        Optional<String> id = numberedId(stem, kind.suffix(), contentFile, "file", kind.exampleName());
        if (id.isEmpty()) {
            course.outline.addUnnamed();
            return Optional.empty();
        }
        course.outline.addItem(id.get(), kind);
        if (!course.ids.add(id.get())) {
            contentFile.error(1, 1, "the id '" + id.get() + "' is already used in this course: module, lesson, knowledge check "
                    + "and scenario ids must be unique within a course; rename the file");
            return Optional.empty();
        }
        MessageDigest itemDigest = sha256();
        Optional<String> itemText = ContentText.read(file, contentFile, itemDigest, course.root);
        if (itemText.isEmpty()) {
            return Optional.empty();
        }
        course.safety.check(contentFile, itemText.get());
        if (kind == ItemKind.SCENARIO) {
            course.safety.checkScenario(contentFile, itemText.get());
        }
        byte[] itemHash = itemDigest.digest();
        course.digest.update(itemHash);
        String version = HexFormat.of().formatHex(itemHash).substring(0, 12);
        String parseKey = kind == ItemKind.QUIZ ? version + "+" + course.banks.fingerprint() : version;
        ParsedFile parsed = parsed(file.toAbsolutePath().toString(), parseKey, contentFile, course.problems, () -> {
            try {
                return switch (kind) {
                    case QUIZ -> quizParser.parse(contentFile, id.get(), itemText.get(), version, course.banks);
                    case SCENARIO -> scenarioParser.parse(contentFile, id.get(), itemText.get(), version);
                    case LESSON -> loadLesson(contentFile, id.get(), itemText.get(), version);
                };
            } catch (StackOverflowError e) {
                contentFile.error(1, 1, TOO_DEEP);
                return Optional.empty();
            }
        });
        course.references.addAll(parsed.references());
        course.banksNamed.addAll(parsed.banksNamed());
        return parsed.item();
    }

    /** A lesson, knowledge check or scenario file as parsed, kept by path while its content hash is unchanged. */
    private record ParsedFile(String version, Optional<? extends ModuleItem> item, List<ContentError> errors,
            List<CourseReference> references, Set<String> banksNamed) {
    }

    /**
     * The parsed item of a file: from the cache when the file's hash is unchanged (its errors re-reported), else parsed now.
     * Reloading a course after one edit then re-parses only the edited file.
     */
    private ParsedFile parsed(String key, String version, ContentFile file, List<ContentError> errors,
            java.util.function.Supplier<Optional<? extends ModuleItem>> parse) {
        ParsedFile cached = cache.get(key);
        if (cached != null && cached.version().equals(version)) {
            errors.addAll(cached.errors());
            return cached;
        }
        int before = errors.size();
        Optional<? extends ModuleItem> item = parse.get();
        ParsedFile fresh = new ParsedFile(version, item, List.copyOf(errors.subList(before, errors.size())), file.references(),
                file.banksNamed());
        cache.put(key, fresh);
        return fresh;
    }

    /** Renders a whole file; markdown nested too deeply to read is an error of that file, not a crash. */
    private String renderGuarded(ContentFile file, String text) {
        try {
            Node document = markdown.parse(text);
            LinkReader.read(file, document);
            return markdown.render(document);
        } catch (StackOverflowError e) {
            file.error(1, 1, TOO_DEEP);
            return "";
        }
    }

    private Optional<Lesson> loadLesson(ContentFile file, String id, String text, String version) {
        Optional<FrontMatter> front = FrontMatter.read(file, text, LESSON_KEYS);
        if (front.isEmpty()) {
            return Optional.empty();
        }
        String title = front.get().requiredString("title");
        int minutes = front.get().integer("minutes", 0, 0, 600);
        boolean required = front.get().bool("required", true);
        Node document = markdown.parse(text);
        LinkReader.read(file, document);
        String html = markdown.render(document);
        if (html.isBlank()) {
            file.error(front.get().closingLine() + 1, 1, "the lesson has no text after its front matter");
        }
        return title == null ? Optional.empty() : Optional.of(new Lesson(id, title, minutes, required, html, version));
    }

    private static Optional<String> numberedId(String stem, String suffix, ContentFile file, String what, String example) {
        Matcher matcher = NUMBERED.matcher(stem);
        if (!matcher.matches()) {
            file.error(1, 1, "the " + what + " name must start with a number and a hyphen, e.g. " + example);
            return Optional.empty();
        }
        String id = matcher.group(2);
        if (!ID.matcher(id).matches()) {
            file.error(1, 1, "'" + id + "' is not a valid id: use lowercase letters, digits and hyphens, starting with a letter (e.g. "
                    + example + ")");
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private static List<Path> children(Path dir, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> stream = Files.list(dir)) {
            return stream.filter(filter)
                    .filter(path -> !path.getFileName().toString().startsWith("_") && !path.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(ContentLoader::orderKey).thenComparing(path -> path.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int orderKey(Path path) {
        Matcher matcher = NUMBERED.matcher(path.getFileName().toString());
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : Integer.MAX_VALUE;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
