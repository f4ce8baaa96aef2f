package org.mhfa.catalogue;

/** A lesson: a page of rendered markdown. */
public record Lesson(String id, String title, int minutes, boolean required, String html, String version)
        implements ModuleItem {

    @Override
    public String kind() {
        return "lessons";
    }
}
