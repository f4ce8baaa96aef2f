package org.mhfa.authoring.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.mhfa.authoring.AuthorAccess;
import org.mhfa.authoring.CourseArchive;
import org.mhfa.authoring.CourseImages;
import org.mhfa.authoring.DraftChecker;
import org.mhfa.authoring.DraftOrder;
import org.mhfa.authoring.DraftService;
import org.mhfa.authoring.Finding;
import org.mhfa.authoring.PublishingService;
import org.mhfa.authoring.QuestionImports;
import org.mhfa.catalogue.ContentVersions;
import org.mhfa.platform.PlainText;
import org.mhfa.platform.Roles;

/**
 * The authoring API: a course's draft (files read, saved with the revision they were based on, created, moved, reordered,
 * deleted, checked with a preview), images added and removed, publishing, history with differences, rollback, and the
 * course as a ZIP both ways. Instructors who author the course, and admins.
 */
@Path("/api/authoring/courses/{course}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class AuthoringApi {

    @CheckedTemplate(basePath = "AuthoringResource")
    static class Templates {
        static native TemplateInstance preview(FilePreview preview);
    }

    /** A file's text to save, and the revision it was based on (0: as published, before the draft started). */
    public record SaveRequest(@NotNull @Size(max = DraftService.MAX_TEXT_CHARS) @PlainText String text, @NotNull Integer baseRevision) {
    }

    /** A new file of the draft. */
    public record NewFile(@NotNull @Size(max = 300) String path, @NotNull @Size(max = DraftService.MAX_TEXT_CHARS) @PlainText String text) {
    }

    /** A file or folder moved (renamed, or renumbered to reorder). */
    public record Move(@NotNull @Size(max = 300) String from, @NotNull @Size(max = 300) String to) {
    }

    /** An item (its file) or a module (its folder) to move one place up or down. */
    public record Reorder(@NotNull @Size(max = 300) String path, @NotNull DraftOrder.Direction direction) {
    }

    /** A file's text to check without saving. */
    public record CheckRequest(@NotNull @Size(max = 300) String path, @NotNull @Size(max = DraftService.MAX_TEXT_CHARS) @PlainText String text) {
    }

    /** Why a version is published. */
    public record PublishRequest(@NotNull @Size(max = 500) @PlainText String message) {
    }

    /** Why an earlier version is published again (blank: "Rolled back to version N."). */
    public record RollbackRequest(@NotNull @Size(max = 500) @PlainText String message) {
    }

    /** Questions in another tool's format to add to the draft as a new knowledge check or ({@code target: bank}) question bank. */
    public record QuestionImport(@NotNull @Size(max = 300) String path, @NotNull @Size(max = 10) String format,
            @NotNull @Size(max = 200) @PlainText String title, @NotNull @Size(max = DraftService.MAX_TEXT_CHARS) @PlainText String text,
            @Size(max = 10) String target) {
    }

    /** A saved file: its new revision and the findings in it. */
    public record Saved(String path, int revision, List<Finding> findings) {
    }

    /** The findings in one file, how many there are in the others, and the preview as trainees would see it. */
    public record Check(String path, List<Finding> findings, int findingsElsewhere, String previewHtml) {
    }

    private final AuthorAccess access;
    private final DraftService drafts;
    private final DraftChecker checker;
    private final PublishingService publishing;
    private final QuestionImports questionImports;
    private final CourseImages images;

    AuthoringApi(AuthorAccess access, DraftService drafts, DraftChecker checker, PublishingService publishing,
            QuestionImports questionImports, CourseImages images) {
        this.images = images;
        this.questionImports = questionImports;
        this.access = access;
        this.drafts = drafts;
        this.checker = checker;
        this.publishing = publishing;
    }

    @GET
    @Path("draft")
    public DraftService.DraftState draft(@PathParam("course") String course) {
        authorOf(course);
        return drafts.state(course);
    }

    @DELETE
    @Path("draft")
    public Response discard(@PathParam("course") String course) {
        authorOf(course);
        drafts.discard(course);
        return Response.noContent().build();
    }

    @GET
    @Path("draft/files/{path: .+}")
    public DraftService.DraftText file(@PathParam("course") String course, @PathParam("path") String path) {
        authorOf(course);
        return drafts.text(course, path);
    }

    @PUT
    @Path("draft/files/{path: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Saved save(@PathParam("course") String course, @PathParam("path") String path, @Valid @NotNull SaveRequest request) {
        var author = authorOf(course);
        int revision = drafts.save(course, path, request.text(), request.baseRevision(), author);
        return new Saved(path, revision, checker.check(course, drafts.files(course)).findingsIn(path));
    }

    @DELETE
    @Path("draft/files/{path: .+}")
    public Response delete(@PathParam("course") String course, @PathParam("path") String path) {
        drafts.delete(course, path, authorOf(course));
        return Response.noContent().build();
    }

    @POST
    @Path("draft/files")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("course") String course, @Valid @NotNull NewFile request) {
        drafts.create(course, request.path(), request.text(), authorOf(course));
        return Response.created(URI.create("/api/authoring/courses/" + course + "/draft/files/" + request.path()))
                .entity(new Saved(request.path(), 1, checker.check(course, drafts.files(course)).findingsIn(request.path()))).build();
    }

    /**
     * Adds an image to the draft's {@code assets/} folder (or replaces the one of that name): the body is the file's bytes.
     * PNG, JPEG and WebP must be what their name says, complete and within the size limit; SVG must be safe. 422 says why not.
     */
    @PUT
    @Path("draft/assets/{name: .+}")
    @Consumes({"image/png", "image/jpeg", "image/webp", "image/svg+xml", MediaType.APPLICATION_OCTET_STREAM})
    public Response putImage(@PathParam("course") String course, @PathParam("name") String name, byte[] bytes) {
        CourseImages.Added added = images.add(course, name, bytes == null ? new byte[0] : bytes, authorOf(course));
        return Response.created(URI.create(added.url())).entity(added).build();
    }

    @DELETE
    @Path("draft/assets/{name: .+}")
    public Response deleteImage(@PathParam("course") String course, @PathParam("name") String name) {
        images.delete(course, name, authorOf(course));
        return Response.noContent().build();
    }

    @POST
    @Path("draft/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    public DraftService.DraftState move(@PathParam("course") String course, @Valid @NotNull Move request) {
        drafts.rename(course, request.from(), request.to(), authorOf(course));
        return drafts.state(course);
    }

    /** Swaps an item or a module with its neighbour; a refusal ("already first") is a 400 problem. */
    @POST
    @Path("draft/reorders")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reorder(@PathParam("course") String course, @Valid @NotNull Reorder request) {
        drafts.reorder(course, request.path(), request.direction(), authorOf(course));
        return Response.noContent().build();
    }

    @POST
    @Path("draft/checks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Check check(@PathParam("course") String course, @Valid @NotNull CheckRequest request) {
        authorOf(course);
        return check(checker.check(course, drafts.filesWith(course, request.path(), request.text())), request.path(), request.text());
    }

    /** Adds a knowledge check or question bank made from a Moodle GIFT or Aiken file; what could not be imported is listed by source line. */
    @POST
    @Path("draft/question-imports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importQuestions(@PathParam("course") String course, @Valid @NotNull QuestionImport request) {
        QuestionImports.Imported imported = questionImports.importQuestions(course, request.target(), request.path(), request.format(), request.title(),
                request.text(), authorOf(course));
        return Response.created(URI.create("/api/authoring/courses/" + course + "/draft/files/" + imported.path())).entity(imported).build();
    }

    /** A knowledge check of the draft as a Moodle GIFT file (what GIFT cannot hold is said in comments). */
    @GET
    @Path("draft/gift/{path: .+}")
    @Produces(MediaType.TEXT_PLAIN)
    public Response gift(@PathParam("course") String course, @PathParam("path") String path) {
        authorOf(course);
        return Response.ok(questionImports.gift(course, path).text(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build();
    }

    @POST
    @Path("draft/archive")
    @Consumes("application/zip")
    public DraftService.DraftState importArchive(@PathParam("course") String course, byte[] zip) {
        var author = authorOf(course);
        drafts.replace(course, images.checkArchive(CourseArchive.read(zip == null ? new byte[0] : zip)), author);
        return drafts.state(course);
    }

    @GET
    @Path("versions")
    public List<ContentVersions.VersionInfo> history(@PathParam("course") String course) {
        authorOf(course);
        return publishing.history(course);
    }

    @POST
    @Path("versions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("course") String course, @Valid @NotNull PublishRequest request) {
        ContentVersions.VersionInfo version = publishing.publish(course, request.message(), authorOf(course));
        return Response.created(URI.create("/api/authoring/courses/" + course + "/versions/" + version.number())).entity(version).build();
    }

    @GET
    @Path("versions/{number}")
    public ContentVersions.VersionInfo version(@PathParam("course") String course, @PathParam("number") int number) {
        authorOf(course);
        return publishing.version(course, number);
    }

    @GET
    @Path("versions/{number}/changes")
    public List<PublishingService.FileChange> changes(@PathParam("course") String course, @PathParam("number") int number) {
        authorOf(course);
        return publishing.changes(course, number);
    }

    @POST
    @Path("versions/{number}/rollback")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rollback(@PathParam("course") String course, @PathParam("number") int number, @Valid @NotNull RollbackRequest request) {
        ContentVersions.VersionInfo version = publishing.rollback(course, number, request.message(), authorOf(course));
        return Response.created(URI.create("/api/authoring/courses/" + course + "/versions/" + version.number())).entity(version).build();
    }

    @GET
    @Path("versions/{number}/archive")
    @Produces("application/zip")
    public Response exportArchive(@PathParam("course") String course, @PathParam("number") int number) {
        authorOf(course);
        return zip(course, number, publishing.files(course, number));
    }

    private org.mhfa.authoring.Author authorOf(String course) {
        return access.authorOf(course);
    }

    /**
     * The findings of {@code text}, unsaved, in one file, how many stand elsewhere, and the preview: the API's and the
     * editor script's answer.
     */
    static Check check(DraftChecker.Checked checked, String path, String text) {
        List<Finding> here = checked.findingsIn(path);
        return new Check(path, here, checked.findings().size() - here.size(),
                Templates.preview(FilePreview.of(checked, path, text)).render());
    }

    /** A version's files as a ZIP download. */
    static Response zip(String course, int number, org.mhfa.catalogue.CourseFiles files) {
        return Response.ok(CourseArchive.write(course, files), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + course + "-v" + number + ".zip\"").build();
    }
}
