package org.mhfa.catalogue;

import java.util.List;

/** A module of a course: an ordered list of lessons and knowledge checks. */
public record CourseModule(String id, String title, String summary, String introHtml, List<ModuleItem> items) {
}
