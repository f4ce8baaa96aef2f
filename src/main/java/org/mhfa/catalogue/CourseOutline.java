package org.mhfa.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The modules and items a course folder holds, by the ids their names give them, whether or not their files could be
 * read: what {@code course.md} and links may name. A file with an error is still named here, so that naming it is not
 * reported as a second mistake.
 */
final class CourseOutline {

    private final Set<String> moduleIds = new LinkedHashSet<>();
    private final Map<String, ItemKind> items = new LinkedHashMap<>();
    private boolean complete = true;

    void addModule(String id) {
        moduleIds.add(id);
    }

    void addItem(String id, ItemKind kind) {
        items.putIfAbsent(id, kind);
    }

    /** Records a module folder or item file whose name gives no id, so that what names it cannot be checked. */
    void addUnnamed() {
        complete = false;
    }

    /** False when some module or item has a name that gives no id: a name that is not found may be meant for it. */
    boolean complete() {
        return complete;
    }

    Set<String> moduleIds() {
        return Collections.unmodifiableSet(moduleIds);
    }

    Set<String> itemIds() {
        return Collections.unmodifiableSet(items.keySet());
    }

    Optional<ItemKind> kindOf(String itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    /** The ids of the items of one kind. */
    Set<String> itemIds(ItemKind kind) {
        Set<String> ids = new LinkedHashSet<>();
        items.forEach((id, itemKind) -> {
            if (itemKind == kind) {
                ids.add(id);
            }
        });
        return ids;
    }
}
