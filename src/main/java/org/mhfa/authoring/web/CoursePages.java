package org.mhfa.authoring.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mhfa.authoring.Author;
import org.mhfa.authoring.CourseAuthors;
import org.mhfa.authoring.DraftChecker;
import org.mhfa.authoring.DraftService;
import org.mhfa.authoring.Finding;
import org.mhfa.authoring.PublishingService;

/** What the authoring course page shows, gathered for each resource whose form answers with that page. */
@ApplicationScoped
class CoursePages {

    private final DraftService drafts;
    private final DraftChecker checker;
    private final PublishingService publishing;
    private final CourseAuthors authors;

    CoursePages(DraftService drafts, DraftChecker checker, PublishingService publishing, CourseAuthors authors) {
        this.drafts = drafts;
        this.checker = checker;
        this.publishing = publishing;
        this.authors = authors;
    }

    AuthoringResource.CoursePage of(String course, Author me, String notice) {
        DraftService.DraftState state = drafts.state(course);
        List<Finding> findings = state.started() ? checker.check(course, drafts.files(course)).findings() : List.of();
        return new AuthoringResource.CoursePage(course, authors.title(course), state, findings, publishing.history(course), me.admin(),
                me.admin() ? authors.authors(course) : List.of(), notice);
    }
}
