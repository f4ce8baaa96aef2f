package org.mhfa.authoring;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mhfa.catalogue.CourseFiles;

/**
 * Moving a module or an item one place up or down: the renames that swap the number in front of its name with its
 * neighbour's, each keeping the digits as written ({@code 02} and {@code 10} stay two digits wide). Items are the numbered
 * files of one module folder ({@code 03-talking.md}, {@code 04-check.quiz.md}, {@code 05-bus.scenario.md}; not
 * {@code module.md}, nor anything in a sub-folder); modules are the numbered folders of the course. Siblings are sorted by
 * number, then by the rest of the name, and the neighbour is the next one in that order: when two siblings share a number,
 * swapping the numbers would change nothing, so that move is refused with a word to renumber one of them. Pure: no database.
 */
public final class DraftOrder {

    /** Which way to move. */
    public enum Direction {
        UP, DOWN
    }

    private static final Pattern ITEM = Pattern.compile("(\\d{1,4})-[^/]+?(\\.quiz|\\.scenario)?\\.md");
    private static final Pattern MODULE = Pattern.compile("(\\d{1,4})-[^/]+");
    private static final Pattern MODULE_FILE = Pattern.compile("(\\d{1,4}-[^/]+)/module\\.md");

    private DraftOrder() {
    }

    /**
     * What the Move buttons beside a file of the list move: the file itself when it is an item, its module folder when it is
     * a module's {@code module.md}, or null.
     */
    public static String target(String path) {
        if (path == null) {
            return null;
        }
        Matcher module = MODULE_FILE.matcher(path);
        if (module.matches()) {
            return module.group(1);
        }
        String[] segments = path.split("/", -1);
        return segments.length == 2 && MODULE.matcher(segments[0]).matches() && ITEM.matcher(segments[1]).matches() ? path : null;
    }

    /**
     * Every file that moves, from its path to its new one, when {@code target} (an item's path or a module folder) swaps
     * places with its neighbour in {@code direction}. {@link UnknownAuthoringItemException} when no file or folder is there,
     * {@link InvalidDraftEditException} when it is not an item or module, is first or last already, or the new paths would
     * collide with other files.
     */
    public static Map<String, String> renames(Collection<String> paths, String target, Direction direction) {
        if (target == null || direction == null) {
            throw new InvalidDraftEditException(Map.of("path", "Say which file or module to move, and whether up or down."));
        }
        boolean folder = paths.stream().anyMatch(path -> path.startsWith(target + "/"));
        if (!folder && !paths.contains(target)) {
            throw new UnknownAuthoringItemException("The draft has no file or folder '" + target + "'.");
        }
        String[] segments = target.split("/", -1);
        List<Sibling> siblings;
        String parent;
        if (folder && segments.length == 1 && MODULE.matcher(target).matches()) {
            parent = "";
            siblings = siblings(paths.stream().filter(path -> path.indexOf('/') > 0).map(path -> path.substring(0, path.indexOf('/'))).toList(),
                    MODULE);
        } else if (!folder && segments.length == 2 && ITEM.matcher(segments[1]).matches()) {
            parent = segments[0] + "/";
            siblings = siblings(paths.stream().filter(path -> path.startsWith(parent) && path.indexOf('/', parent.length()) < 0)
                    .map(path -> path.substring(parent.length())).toList(), ITEM);
        } else {
            throw new InvalidDraftEditException(Map.of("path", "'" + target + "' is neither a module folder (such as 02-signs) nor a "
                    + "numbered lesson, check or scenario in one (such as 02-signs/03-talking.md): only those have an order."));
        }
        String name = target.substring(parent.length());
        int at = siblings.stream().map(Sibling::name).toList().indexOf(name);
        int other = direction == Direction.UP ? at - 1 : at + 1;
        if (other < 0 || other >= siblings.size()) {
            throw new InvalidDraftEditException(Map.of("path", "'" + target + "' is already " + (direction == Direction.UP ? "first" : "last") + "."));
        }
        Sibling moving = siblings.get(at);
        Sibling neighbour = siblings.get(other);
        if (moving.number() == neighbour.number()) {
            throw new InvalidDraftEditException(Map.of("path", "'" + target + "' and '" + parent + neighbour.name() + "' have the same number, "
                    + "so swapping them changes nothing: renumber one of them with the rename form."));
        }
        Map<String, String> renames = new LinkedHashMap<>();
        swap(paths, parent + moving.name(), parent + neighbour.prefix() + moving.rest(), folder, renames);
        swap(paths, parent + neighbour.name(), parent + moving.prefix() + neighbour.rest(), folder, renames);
        for (String to : renames.values()) {
            if (!CourseFiles.isValidPath(to)) {
                throw new InvalidDraftEditException(Map.of("path", "Moving '" + target + "' would make '" + to + "', which is not a valid path."));
            }
            if (paths.contains(to) && !renames.containsKey(to)) {
                throw new InvalidDraftEditException(Map.of("path", "Moving '" + target + "' would make '" + to + "', which exists already: "
                        + "rename one of them first."));
            }
        }
        return renames;
    }

    /** A numbered item or module: its whole name, the number as written, and the number's value. */
    private record Sibling(String name, String prefix, int number) {

        String rest() {
            return name.substring(prefix.length());
        }
    }

    private static List<Sibling> siblings(List<String> names, Pattern numbered) {
        return new TreeSet<>(names).stream().map(numbered::matcher).filter(Matcher::matches)
                .map(match -> new Sibling(match.group(), match.group(1), Integer.parseInt(match.group(1))))
                .sorted(Comparator.comparingInt(Sibling::number).thenComparing(Sibling::name)).toList();
    }

    /** Adds the renames that move {@code from} (a file, or every file of a folder) to {@code to}. */
    private static void swap(Collection<String> paths, String from, String to, boolean folder, Map<String, String> renames) {
        if (!folder) {
            renames.put(from, to);
            return;
        }
        paths.stream().filter(path -> path.startsWith(from + "/")).sorted()
                .forEach(path -> renames.put(path, to + path.substring(from.length())));
    }
}
