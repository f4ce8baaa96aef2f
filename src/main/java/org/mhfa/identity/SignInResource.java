package org.mhfa.identity;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** {@code /signin}: sends anonymous visitors through the Keycloak login, then on to their learning or a course. */
@Path("/signin")
@Authenticated
public class SignInResource {

    @GET
    public Response signIn(@QueryParam("course") String courseId) {
        boolean knownShape = courseId != null && courseId.matches("[a-z][a-z0-9-]{0,62}");
        return Response.seeOther(URI.create(knownShape ? "/courses/" + courseId : "/me")).build();
    }
}
