package org.mhfa.certificate.web;

import org.mhfa.certificate.OpenBadgeCredentials;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Serves the JSON-LD contexts that credentials name, from the copies bundled with the platform. */
@Path("/credentials/contexts")
@PermitAll
public class CredentialContextResource {

    /** The media type of JSON-LD documents. */
    public static final String JSON_LD = "application/ld+json";

    /** Where the bundled contexts are on the class path. */
    public static final String RESOURCE_FOLDER = "credentials/contexts/";

    /** The bundled contexts: file name by context URL. */
    public static final Map<String, String> BUNDLED = Map.of(
            OpenBadgeCredentials.VC_V2_CONTEXT, "credentials-v2.jsonld",
            OpenBadgeCredentials.OB_V3_CONTEXT, "ob-v3p0-context-3.0.3.json");

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    CredentialContextResource() {
        BUNDLED.values().forEach(name -> files.put(name, read(name)));
    }

    @GET
    @Path("{name}")
    @Produces(JSON_LD)
    public Response context(@PathParam("name") String name) {
        byte[] file = files.get(name);
        if (file == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.ok(file, JSON_LD)
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("Access-Control-Allow-Origin", "*")
                .build();
    }

    /** The bytes of a bundled context file. */
    public static byte[] read(String name) {
        try (InputStream in = CredentialContextResource.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The bundled JSON-LD context " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
