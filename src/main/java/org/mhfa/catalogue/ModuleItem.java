package org.mhfa.catalogue;

/** Something a trainee works through inside a module: a lesson or a knowledge check. */
public interface ModuleItem {

    String id();

    String title();

    /** A hash of the file the item came from: what a trainee did is recorded against it. */
    String version();

    /** True when the item counts towards completion. */
    boolean required();

    /** The URL path segment of the item's kind: {@code lessons} or {@code quizzes}. */
    String kind();
}
