package org.mhfa.authoring.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mhfa.authoring.Author;
import org.mhfa.authoring.AuthorAccess;
import org.mhfa.authoring.CourseArchive;
import org.mhfa.authoring.CourseAuthors;
import org.mhfa.authoring.CourseImages;
import org.mhfa.authoring.DraftChecker;
import org.mhfa.authoring.DraftOrder;
import org.mhfa.authoring.DraftService;
import org.mhfa.authoring.Finding;
import org.mhfa.authoring.InvalidDraftEditException;
import org.mhfa.authoring.NewCourses;
import org.mhfa.authoring.PublishingService;
import org.mhfa.authoring.QuestionImports;
import org.mhfa.authoring.ScenarioPlaytest;
import org.mhfa.authoring.UnknownAuthoringItemException;
import org.mhfa.catalogue.ContentVersions;
import org.mhfa.platform.FormResponses;
import org.mhfa.platform.PlainText;
import org.mhfa.platform.Roles;

/**
 * The editor in the browser: the courses an instructor authors, a course's draft with its files and findings, a file's
 * editor with the validator's findings and a preview, authors, question imports and a ZIP imported as the draft
 * (publishing and versions are {@link CourseVersionsResource}'s, reordering {@link ReorderResource}'s). Every form works
 * without JavaScript; a script only checks as the author types.
 */
@Path("/instructor/authoring")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class AuthoringResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<CourseAuthors.EditableCourse> courses, boolean admin, Map<String, String> form,
                Map<String, String> errors);

        static native TemplateInstance course(CoursePage page, Map<String, String> form, Map<String, String> errors);

        static native TemplateInstance editor(EditorPage page, Map<String, String> errors);

        static native TemplateInstance playtest(String course, String path, ScenarioPlaytest.Step step);

        static native TemplateInstance version(String course, ContentVersions.VersionInfo version, boolean newest,
                List<PublishingService.FileChange> changes);
    }

    /** What the course page shows. */
    public record CoursePage(String course, String title, DraftService.DraftState draft, List<Finding> findings,
            List<ContentVersions.VersionInfo> history, boolean admin, List<CourseAuthors.Named> authors, String notice) {

        /** How many findings block publishing (the rest are warnings). */
        public long errorCount() {
            return findings.stream().filter(finding -> !finding.warning()).count();
        }

        /** The files of the course but its question banks. */
        public List<DraftService.Listed> contentFiles() {
            return draft.files().stream().filter(file -> !file.path().startsWith("banks/")).toList();
        }

        /** The question banks ({@code banks/<id>.bank.md}), listed apart. */
        public List<DraftService.Listed> bankFiles() {
            return draft.files().stream().filter(file -> file.path().startsWith("banks/")).toList();
        }

        /** What the Move up and Move down buttons beside a listed file move (the item, or its module's folder), or null. */
        public String orderTarget(String path) {
            return DraftOrder.target(path);
        }
    }

    /** What the editor page shows: the file, its findings, those elsewhere, and the preview. */
    public record EditorPage(String course, String path, String text, int revision, List<Finding> findings, int findingsElsewhere,
            String previewHtml, String notice, QuestionImports.Imported imported) {

        public EditorPage(String course, String path, String text, int revision, List<Finding> findings, int findingsElsewhere,
                String previewHtml, String notice) {
            this(course, path, text, revision, findings, findingsElsewhere, previewHtml, notice, null);
        }

        /** The same page, reporting the question import that made the file. */
        public EditorPage withImport(QuestionImports.Imported report) {
            return new EditorPage(course, path, text, revision, findings, findingsElsewhere, previewHtml, notice, report);
        }

        /** Whether the file is a scenario (which can be play-tested). */
        public boolean isScenario() {
            return path.endsWith(".scenario.md");
        }

        /** Whether the file is a knowledge check (which can be downloaded as GIFT). */
        public boolean isQuiz() {
            return path.endsWith(".quiz.md");
        }

        /** The editor's line count, for the numbered gutter of the plain form. */
        public int lines() {
            return (int) text.chars().filter(c -> c == '\n').count() + 1;
        }
    }

    private final AuthorAccess access;
    private final DraftService drafts;
    private final DraftChecker checker;
    private final CourseAuthors authors;
    private final NewCourses newCourses;
    private final QuestionImports questionImports;
    private final ScenarioPlaytest playtests;
    private final CoursePages pages;
    private final CourseImages images;

    AuthoringResource(AuthorAccess access, DraftService drafts, DraftChecker checker, CourseAuthors authors,
            NewCourses newCourses, QuestionImports questionImports, ScenarioPlaytest playtests, CoursePages pages, CourseImages images) {
        this.pages = pages;
        this.images = images;
        this.playtests = playtests;
        this.questionImports = questionImports;
        this.access = access;
        this.drafts = drafts;
        this.checker = checker;
        this.authors = authors;
        this.newCourses = newCourses;
    }

    @GET
    public TemplateInstance index() {
        Author me = access.author();
        return Templates.index(authors.editable(me), me.admin(), Map.of(), Map.of());
    }

    /** Starts a new course (admins). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createCourse(@RestForm String id, @RestForm String title) {
        Author me = access.author();
        if (!me.admin()) {
            throw new io.quarkus.security.ForbiddenException();
        }
        try {
            newCourses.create(id, title, me);
        } catch (InvalidDraftEditException e) {
            return FormResponses.invalid(Templates.index(authors.editable(me), true, form("id", id, "title", title), e.errors()));
        }
        return seeOther(id, "");
    }

    @GET
    @Path("{course}")
    public TemplateInstance course(@PathParam("course") String course, @QueryParam("notice") String notice) {
        return Templates.course(pages.page(course, authorOf(course), notice), Map.of(), Map.of());
    }

    /** Adds a file to the draft and opens it. */
    @POST
    @Path("{course}/files")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createFile(@PathParam("course") String course, @RestForm String path) {
        Author me = authorOf(course);
        try {
            drafts.create(course, path, StarterTexts.of(path), me);
        } catch (InvalidDraftEditException e) {
            return FormResponses.invalid(Templates.course(pages.page(course, me, null), form("path", path), e.errors()));
        }
        return Response.seeOther(URI.create(editorUrl(course, path))).build();
    }

    @GET
    @Path("{course}/files/{path: .+}")
    public TemplateInstance editor(@PathParam("course") String course, @PathParam("path") String path, @QueryParam("notice") String notice) {
        authorOf(course);
        DraftService.DraftText file = drafts.text(course, path);
        return Templates.editor(editorPage(course, path, file.text(), file.revision(), notice), Map.of());
    }

    /** Saves the file (the revision it was opened at guards against overwriting another author: 409 shows both). */
    @POST
    @Path("{course}/files/{path: .+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("course") String course, @PathParam("path") String path, @RestForm String text,
            @RestForm String baseRevision) {
        Author me = authorOf(course);
        try {
            drafts.save(course, path, text, revision(baseRevision), me);
        } catch (InvalidDraftEditException e) {
            DraftService.DraftText stored = drafts.text(course, path);
            boolean usable = text != null && text.length() <= DraftService.MAX_TEXT_CHARS && PlainText.Validator.isPlain(text);
            int shownRevision;
            try {
                shownRevision = revision(baseRevision);
            } catch (InvalidDraftEditException unusable) {
                shownRevision = stored.revision();
            }
            return FormResponses.invalid(Templates.editor(editorPage(course, path, usable ? text : stored.text(), shownRevision, null),
                    e.errors()));
        }
        return Response.seeOther(URI.create(editorUrl(course, path) + "?notice=saved")).build();
    }

    /**
     * Checks unsaved text without saving it: the editor again with the findings and preview for that text (the "Check
     * without saving" button), or the same as JSON for the editor's script, which asks for JSON. The form's CSRF token is required.
     */
    @POST
    @Path("{course}/checks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response check(@PathParam("course") String course, @RestForm String path, @RestForm String text, @RestForm String baseRevision,
            @HeaderParam("Accept") String accept) {
        Author me = authorOf(course);
        if (path == null || text == null) {
            return FormResponses.invalid(Templates.course(pages.page(course, me, null), Map.of(),
                    Map.of("text", "Open a file in the editor to check its text.")));
        }
        AuthoringApi.Check check = AuthoringApi.check(checker.check(course, drafts.filesWith(course, path, text)), path, text);
        if (accept != null && accept.startsWith(MediaType.APPLICATION_JSON)) {
            return Response.ok(check, MediaType.APPLICATION_JSON).build();
        }
        int revision = baseRevision == null ? drafts.text(course, path).revision() : revision(baseRevision);
        EditorPage page = new EditorPage(course, path, text, revision, check.findings(), check.findingsElsewhere(), check.previewHtml(), "checked");
        return Response.ok(Templates.editor(page, Map.of()), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @POST
    @Path("{course}/files/{path: .+}/deletion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteFile(@PathParam("course") String course, @PathParam("path") String path) {
        drafts.delete(course, path, authorOf(course));
        return seeOther(course, "deleted");
    }

    /** Renames or renumbers a file or folder. */
    @POST
    @Path("{course}/moves")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("course") String course, @RestForm String from, @RestForm String to) {
        Author me = authorOf(course);
        try {
            drafts.rename(course, from, to, me);
        } catch (InvalidDraftEditException | UnknownAuthoringItemException e) {
            Map<String, String> errors = e instanceof InvalidDraftEditException invalid ? invalid.errors() : Map.of("from", e.getMessage());
            return FormResponses.invalid(Templates.course(pages.page(course, me, null), form("from", from, "to", to), errors));
        }
        return seeOther(course, "moved");
    }

    /** Throws the draft away. */
    @POST
    @Path("{course}/draft/deletion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(@PathParam("course") String course) {
        authorOf(course);
        drafts.discard(course);
        return seeOther(course, "discarded");
    }

    /** Replaces the draft with the files of an uploaded ZIP. */
    @POST
    @Path("{course}/archive")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importArchive(@PathParam("course") String course, @RestForm("archive") FileUpload archive) {
        Author me = authorOf(course);
        try {
            if (archive == null || archive.uploadedFile() == null || archive.size() == 0) {
                throw new InvalidDraftEditException(Map.of("archive", "Choose the ZIP of the course to import."));
            }
            if (archive.size() > CourseArchive.MAX_ARCHIVE_BYTES) {
                throw new InvalidDraftEditException(Map.of("archive", "The ZIP is larger than 5 MB; import a larger course through the content folder."));
            }
            drafts.replace(course, images.checkArchive(CourseArchive.read(Files.readAllBytes(archive.uploadedFile()))), me);
        } catch (InvalidDraftEditException e) {
            return FormResponses.invalid(Templates.course(pages.page(course, me, null), Map.of(), e.errors()));
        } catch (IOException e) {
            return FormResponses.invalid(Templates.course(pages.page(course, me, null), Map.of(),
                    Map.of("archive", "The upload could not be read; send it again.")));
        }
        return seeOther(course, "imported");
    }

    /** Adds a knowledge check or question bank made from pasted GIFT or Aiken questions, and opens it with what could not be imported. */
    @POST
    @Path("{course}/question-imports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importQuestions(@PathParam("course") String course, @RestForm String target, @RestForm String path,
            @RestForm String format, @RestForm String title, @RestForm String questions) {
        Author me = authorOf(course);
        try {
            QuestionImports.Imported imported = questionImports.importQuestions(course, target, path, format, title, questions, me);
            DraftService.DraftText file = drafts.text(course, imported.path());
            EditorPage page = editorPage(course, imported.path(), file.text(), file.revision(), "imported");
            return Response.ok(Templates.editor(page.withImport(imported), Map.of()), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        } catch (InvalidDraftEditException e) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.errors().forEach((field, message) -> errors.put(switch (field) {
                case "text" -> "questions";
                case "path" -> "importPath";
                default -> field;
            }, message));
            return FormResponses.invalid(Templates.course(coursePage(course, me, null),
                    form("importTarget", target, "importPath", path, "format", format, "title", title, "questions", questions), errors));
        }
    }

    /** Plays a scenario of the draft as a trainee would; nothing is recorded (the state is in the links). */
    @GET
    @Path("{course}/playtest/{path: .+}")
    public TemplateInstance playtest(@PathParam("course") String course, @PathParam("path") String path, @QueryParam("at") String at,
            @QueryParam("choice") Integer choice, @QueryParam("score") Integer score) {
        authorOf(course);
        return Templates.playtest(course, path, playtests.step(course, path, at, choice, score == null ? 0 : score));
    }

    /** A knowledge check of the draft as a Moodle GIFT file, to download. */
    @GET
    @Path("{course}/gift/{path: .+}")
    @Produces(MediaType.TEXT_PLAIN)
    public Response gift(@PathParam("course") String course, @PathParam("path") String path) {
        authorOf(course);
        String name = path.substring(path.lastIndexOf('/') + 1).replace(".quiz.md", ".gift.txt");
        return Response.ok(questionImports.gift(course, path).text(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** Names an author of the course (admins). */
    @POST
    @Path("{course}/authors")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grant(@PathParam("course") String course, @RestForm String email) {
        Author me = adminOf(course);
        try {
            authors.grant(course, email, me);
        } catch (InvalidDraftEditException e) {
            return FormResponses.invalid(Templates.course(pages.page(course, me, null), form("email", email), e.errors()));
        }
        return seeOther(course, "author-added");
    }

    @POST
    @Path("{course}/authors/{learnerId}/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("course") String course, @PathParam("learnerId") long learnerId) {
        adminOf(course);
        authors.revoke(course, learnerId);
        return seeOther(course, "author-removed");
    }

    /** The revision a form says its text was opened at. */
    private static int revision(String baseRevision) {
        try {
            int revision = Integer.parseInt(baseRevision == null ? "" : baseRevision.strip());
            if (revision >= 0) {
                return revision;
            }
        } catch (NumberFormatException e) {
            // answered below, as any other unusable value
        }
        throw new InvalidDraftEditException(Map.of("text", "The form was not sent properly: reload the file and make your change again."));
    }

    private CoursePage coursePage(String course, Author me, String notice) {
        return pages.page(course, me, notice);
    }

    private EditorPage editorPage(String course, String path, String text, int revision, String notice) {
        AuthoringApi.Check check = AuthoringApi.check(checker.check(course, drafts.filesWith(course, path, text)), path, text);
        return new EditorPage(course, path, text, revision, check.findings(), check.findingsElsewhere(), check.previewHtml(), notice);
    }

    private Author authorOf(String course) {
        return access.authorOf(course);
    }

    private Author adminOf(String course) {
        Author me = authorOf(course);
        if (!me.admin()) {
            throw new io.quarkus.security.ForbiddenException();
        }
        return me;
    }

    private static String editorUrl(String course, String path) {
        return "/instructor/authoring/" + course + "/files/" + path;
    }

    static Response seeOther(String course, String notice) {
        return Response.seeOther(URI.create("/instructor/authoring/" + course + (notice.isEmpty() ? "" : "?notice=" + notice))).build();
    }

    static Map<String, String> form(String... keysAndValues) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            form.put(keysAndValues[i], keysAndValues[i + 1] == null ? "" : keysAndValues[i + 1]);
        }
        return form;
    }
}
