package org.mhfa.catalogue.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.mhfa.catalogue.AssetUrls;
import org.mhfa.catalogue.ContentVersions;
import org.mhfa.catalogue.DraftImages;
import org.mhfa.catalogue.ImageFormat;
import org.mhfa.catalogue.UnknownContentException;
import org.mhfa.platform.Problem;

/**
 * A course's images at {@code /courses/<course>/assets/<sha256>.<ext>}: the same bytes for ever, so browsers and caches
 * keep them a year. Anyone may fetch an image of a published version (as anyone may read the catalogue); an image only
 * the draft holds is served, privately, to the course's authors and admins, and is unknown (404) to everyone else.
 */
@Path("/courses/{courseId}/assets/{file}")
@PermitAll
public class AssetResource {

    /** An SVG shown on its own runs nothing and loads nothing. */
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";
    private static final int YEAR = 31_536_000;

    private final ContentVersions versions;
    private final DraftImages drafts;

    AssetResource(ContentVersions versions, DraftImages drafts) {
        this.versions = versions;
        this.drafts = drafts;
    }

    @GET
    public Response image(@PathParam("courseId") String courseId, @PathParam("file") String file, @Context Request request,
            @Context UriInfo uri) {
        Optional<AssetUrls.Name> parsed = AssetUrls.parse(file);
        if (parsed.isEmpty()) {
            return unknown(uri, file);
        }
        AssetUrls.Name name = parsed.get();
        Optional<byte[]> published = versions.publishedAsset(courseId, name.sha256(), name.format());
        Optional<byte[]> bytes = published.isPresent() ? published : drafts.forAuthors(courseId, name.sha256(), name.format());
        if (bytes.isEmpty()) {
            return unknown(uri, file);
        }
        String cache = (published.isPresent() ? "public" : "private") + ", max-age=" + YEAR + ", immutable";
        EntityTag tag = new EntityTag(name.sha256());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = unchanged != null ? unchanged : Response.ok(bytes.get(), name.format().mediaType());
        response.header("Cache-Control", cache).tag(tag).header("X-Content-Type-Options", "nosniff");
        if (name.format() == ImageFormat.SVG) {
            response.header("Content-Security-Policy", SVG_POLICY);
        }
        return response.build();
    }

    /** 404 as a problem (RFC 9457) whoever asks: an image address is fetched by {@code <img>} and scripts, never read as a page. */
    private static Response unknown(UriInfo uri, String file) {
        return Response.status(404).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.type(UnknownContentException.class), "Not found",
                404, "There is no image '" + file + "' in this course.", uri.getPath(), null)).build();
    }
}
