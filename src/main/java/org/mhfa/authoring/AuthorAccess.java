package org.mhfa.authoring;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.identity.Learner;
import org.mhfa.platform.Roles;

/** Who is authoring in this request, and whether they may edit a course: admins every course, instructors those they author. */
@RequestScoped
public class AuthorAccess {

    private final CurrentLearner learner;
    private final SecurityIdentity identity;
    private final DraftService drafts;
    private final java.util.Map<String, Author> checked = new java.util.HashMap<>();

    AuthorAccess(CurrentLearner learner, SecurityIdentity identity, DraftService drafts) {
        this.learner = learner;
        this.identity = identity;
        this.drafts = drafts;
    }

    public Author author() {
        Learner me = learner.get();
        return new Author(me.id, me.displayName, identity.hasRole(Roles.ADMIN));
    }

    /**
     * The caller, once it is clear they may edit {@code courseId} ({@link NotAnAuthorException} otherwise) and that it
     * exists ({@link UnknownAuthoringItemException}); asked once per request and course.
     */
    public Author authorOf(String courseId) {
        Author known = checked.get(courseId);
        if (known != null) {
            return known;
        }
        Author author = author();
        if (!author.admin() && !CourseAuthor.isAuthor(courseId, author.learnerId())) {
            throw new NotAnAuthorException(courseId);
        }
        if (!drafts.exists(courseId)) {
            throw new UnknownAuthoringItemException("There is no course '" + courseId + "'.");
        }
        checked.put(courseId, author);
        return author;
    }
}
