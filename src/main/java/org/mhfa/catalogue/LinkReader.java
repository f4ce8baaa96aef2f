package org.mhfa.catalogue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Reads the links and images of a parsed content file: reports what is wrong in the file itself, points links to
 * lessons, knowledge checks and scenarios ({@code lesson:id}, {@code quiz:id}, {@code scenario:id}) and images from the
 * course's {@code assets/} folder at their addresses on the platform, and records on the file what its course must hold
 * for them (checked by {@link CourseReferenceCheck} once the whole course is read).
 */
final class LinkReader {

    private static final Set<String> WEB_LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> WEB_IMAGE_SCHEMES = Set.of("http", "https");
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):.*", Pattern.DOTALL);
    private static final Pattern NUMBERED_FILE = Pattern.compile("\\d{1,4}-(.+)");
    private static final String LINK_FORMS = "a web address (https://...), or a lesson, knowledge check or scenario of "
            + "this course, written 'lesson:id', 'quiz:id' or 'scenario:id'";

    private LinkReader() {
    }

    /** Reads every link and image of {@code document}, but for the links {@code readElsewhere} says its parser reads. */
    static void read(ContentFile file, Node document, Predicate<Link> readElsewhere) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Image image) {
                readImage(file, image);
            } else if (node instanceof Link link && !readElsewhere.test(link)) {
                readLink(file, link);
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(child);
            }
        }
    }

    /** Reads every link and image of {@code document}. */
    static void read(ContentFile file, Node document) {
        read(file, document, link -> false);
    }

    private static void readLink(ContentFile file, Link link) {
        String destination = link.getDestination().strip();
        ScenarioPosition at = ScenarioPosition.ofNearestBlock(link);
        Optional<String> scheme = scheme(destination);
        if (destination.isEmpty() || destination.startsWith("#") || destination.startsWith("/")) {
            return;
        }
        if (scheme.isEmpty()) {
            readRelativeLink(file, destination, at);
            return;
        }
        Optional<ItemKind> kind = ItemKind.ofLinkScheme(scheme.get());
        if (kind.isPresent()) {
            String id = destination.substring(scheme.get().length() + 1).strip();
            file.refer(new CourseReference(file.displayPath(), at.line(), at.column(), kind.get(), id));
            file.courseId().ifPresent(course -> link.setDestination(
                    "/courses/" + course + "/" + kind.get().urlSegment() + "/" + id));
        } else if (!WEB_LINK_SCHEMES.contains(scheme.get().toLowerCase(Locale.ROOT))) {
            file.error(at.line(), at.column(), "the link to '" + abbreviate(destination) + "' cannot be followed on the "
                    + "platform: a link goes to " + LINK_FORMS);
        }
    }

    /** A relative link to a markdown file of the course would not work on the platform: it is written by the item's id. */
    private static void readRelativeLink(ContentFile file, String destination, ScenarioPosition at) {
        String path = withoutQueryOrFragment(destination);
        if (path.toLowerCase(Locale.ROOT).startsWith("www.")) {
            file.error(at.line(), at.column(), "the link to '" + abbreviate(destination) + "' has no 'https://' in front, "
                    + "so it would lead to a page of the platform: write 'https://" + abbreviate(destination) + "'");
            return;
        }
        if (!path.toLowerCase(Locale.ROOT).endsWith(".md")) {
            return;
        }
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        ItemKind kind = ItemKind.ofFileName(name);
        Matcher numbered = NUMBERED_FILE.matcher(name.substring(0, name.length() - kind.suffix().length()));
        String form = numbered.matches() && ContentLoader.ID.matcher(numbered.group(1)).matches()
                ? "'" + kind.linkScheme() + ":" + numbered.group(1) + "'"
                : "'lesson:id', 'quiz:id' or 'scenario:id'";
        file.error(at.line(), at.column(), "the link to '" + abbreviate(destination) + "' names a file, which does not work "
                + "on the platform: link to a " + kind.label() + " by its id, " + form);
    }

    private static void readImage(ContentFile file, Image image) {
        String destination = image.getDestination().strip();
        ScenarioPosition at = ScenarioPosition.ofNearestBlock(image);
        if (MarkdownRenderer.plainText(image).isBlank()) {
            file.error(at.line(), at.column(), "the image '" + abbreviate(destination) + "' has no alt text: describe what it "
                    + "shows between the brackets, e.g. '![A flow chart of the action plan](" + abbreviate(destination)
                    + ")', for trainees who cannot see it");
        }
        Optional<String> scheme = scheme(destination);
        if (scheme.isPresent() && WEB_IMAGE_SCHEMES.contains(scheme.get().toLowerCase(Locale.ROOT))) {
            file.warning(at.line(), at.column(), "the image '" + abbreviate(destination) + "' comes from another site, which "
                    + "the platform's pages do not show (they show only their own images): copy it into the course's "
                    + IgnoredFiles.ASSETS + "/ folder and write its path there");
            return;
        }
        Optional<Path> inAssets = scheme.isPresent() ? Optional.empty() : inAssets(destination);
        if (inAssets.isEmpty()) {
            file.error(at.line(), at.column(), "the image '" + abbreviate(destination) + "' is not a path in the course's "
                    + IgnoredFiles.ASSETS + "/ folder, where images go: write the path from that folder, e.g. "
                    + "'![...](diagram.png)' for " + IgnoredFiles.ASSETS + "/diagram.png");
            return;
        }
        String path = inAssets.get().toString().replace('\\', '/');
        file.refer(CourseReference.asset(file.displayPath(), at.line(), at.column(), path));
        file.courseId().ifPresent(course -> image.setDestination(assetUrl(file, course, path)));
    }

    /**
     * The address of the image {@code path} of the course: by the SHA-256 of its bytes, so that each version shows its own
     * image and browsers may keep it for good, with its size after '#' for the renderer; by its path when it is missing.
     */
    private static String assetUrl(ContentFile file, String course, String path) {
        Optional<ImageFormat> format = ImageFormat.ofName(path);
        Optional<Path> asset = file.courseDir().map(dir -> dir.resolve(IgnoredFiles.ASSETS).resolve(path));
        if (format.isPresent() && asset.isPresent() && Files.isRegularFile(asset.get())) {
            try {
                byte[] bytes = Files.readAllBytes(asset.get());
                String url = AssetUrls.url(course, CourseFiles.sha256(bytes), format.get());
                return ImageCheck.size(path, bytes).map(size -> url + "#" + size[0] + "x" + size[1]).orElse(url);
            } catch (IOException e) {
                // reported as a missing image by the course's reference check if it cannot be read there either
            }
        }
        return "/courses/" + course + "/" + IgnoredFiles.ASSETS + "/" + path;
    }

    /** The path of an image inside the assets folder, or empty when it is not one (empty, absolute or leading out of it). */
    private static Optional<Path> inAssets(String destination) {
        String path = decoded(withoutQueryOrFragment(destination));
        if (path.isBlank() || path.startsWith("/") || path.startsWith("\\")) {
            return Optional.empty();
        }
        try {
            Path assets = Path.of(IgnoredFiles.ASSETS);
            Path resolved = assets.resolve(path).normalize();
            return resolved.startsWith(assets) && resolved.getNameCount() > 1 ? Optional.of(assets.relativize(resolved))
                    : Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> scheme(String destination) {
        Matcher matcher = SCHEME.matcher(destination);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String withoutQueryOrFragment(String destination) {
        int end = destination.length();
        for (char c : new char[] {'?', '#'}) {
            int at = destination.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return destination.substring(0, end);
    }

    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
