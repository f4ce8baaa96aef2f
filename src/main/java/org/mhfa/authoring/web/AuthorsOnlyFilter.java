package org.mhfa.authoring.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mhfa.authoring.AuthorAccess;

/**
 * Refuses a request about a course's draft or versions from anyone but its authors and admins before its body is read,
 * so that a stranger learns nothing from how their request would have been validated.
 */
public class AuthorsOnlyFilter {

    private final AuthorAccess access;

    AuthorsOnlyFilter(AuthorAccess access) {
        this.access = access;
    }

    @ServerRequestFilter
    public void authorsOnly(ContainerRequestContext request, ResourceInfo resource) {
        Class<?> type = resource.getResourceClass();
        if (type != AuthoringApi.class && type != AuthoringResource.class && type != QuizPlaytestResource.class
                && type != ReorderResource.class) {
            return;
        }
        String course = request.getUriInfo().getPathParameters().getFirst("course");
        if (course != null) {
            access.authorOf(course);
        }
    }
}
