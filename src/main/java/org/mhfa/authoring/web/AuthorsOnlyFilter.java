package org.mhfa.authoring.web;

import java.util.Set;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mhfa.authoring.AuthorAccess;

/**
 * Refuses a request about a course's draft or versions from anyone but its authors and admins before its body is read,
 * so that a stranger learns nothing from how their request would have been validated.
 */
public class AuthorsOnlyFilter {

    /** The resources whose every request names a course that only its authors and admins may touch. */
    private static final Set<Class<?>> AUTHORS_ONLY = Set.of(AuthoringApi.class, AuthoringResource.class, QuizPlaytestResource.class,
            AuthoringImagesResource.class, ReorderResource.class, CourseVersionsResource.class);

    private final AuthorAccess access;

    AuthorsOnlyFilter(AuthorAccess access) {
        this.access = access;
    }

    @ServerRequestFilter
    public void authorsOnly(ContainerRequestContext request, ResourceInfo resource) {
        Class<?> type = resource.getResourceClass();
        if (!AUTHORS_ONLY.contains(type)) {
            return;
        }
        String course = request.getUriInfo().getPathParameters().getFirst("course");
        if (course != null) {
            access.authorOf(course);
        }
    }
}
