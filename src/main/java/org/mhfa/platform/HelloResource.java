package org.mhfa.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A constant answer through the whole HTTP stack (security, filters, headers) and nothing else: the baseline the
 * load benchmarks compare real endpoints with. Anyone may call it; it reveals nothing.
 */
@Path("/hello")
@PermitAll
public class HelloResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "A constant 'hello', the baseline of the load benchmarks")
    public String hello() {
        return "hello";
    }
}
