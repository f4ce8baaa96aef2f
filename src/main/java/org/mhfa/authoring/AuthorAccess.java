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

    AuthorAccess(CurrentLearner learner, SecurityIdentity identity) {
        this.learner = learner;
        this.identity = identity;
    }

    public Author author() {
        Learner me = learner.get();
        return new Author(me.id, me.displayName, identity.hasRole(Roles.ADMIN));
    }

    /** The caller, once it is clear they may edit {@code courseId}; {@link NotAnAuthorException} otherwise. */
    public Author authorOf(String courseId) {
        Author author = author();
        if (!author.admin() && !CourseAuthor.isAuthor(courseId, author.learnerId())) {
            throw new NotAnAuthorException(courseId);
        }
        return author;
    }
}
