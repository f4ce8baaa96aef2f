package org.mhfa.authoring;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.mhfa.catalogue.AssetUrls;
import org.mhfa.catalogue.CourseFiles;
import org.mhfa.catalogue.DraftImages;
import org.mhfa.catalogue.ImageCheck;
import org.mhfa.catalogue.ImageFormat;
import org.mhfa.platform.Roles;

/**
 * The images of a course's draft: added after {@link ImageCheck} accepts them (PNG, JPEG, WebP by their content, SVG only
 * when it can do nothing but draw, at most {@link AuthoringConfig#maxImageSize()}), removed, and shown to the course's
 * authors alone until they are published.
 */
@ApplicationScoped
public class CourseImages implements DraftImages {

    /** An image added: its path in the draft, how a lesson shows it, and where the preview shows it. */
    public record Added(String path, String markdown, String url, int width, int height) {
    }

    private final DraftService drafts;
    private final AuthoringConfig config;
    private final SecurityIdentity identity;
    private final AuthorAccess access;

    CourseImages(DraftService drafts, AuthoringConfig config, SecurityIdentity identity, AuthorAccess access) {
        this.drafts = drafts;
        this.config = config;
        this.identity = identity;
        this.access = access;
    }

    /** Adds {@code bytes} as {@code assets/<name>} (replacing an image of that name); refused, by field "image" or "name", when unfit. */
    public Added add(String courseId, String name, byte[] bytes, Author author) {
        String path = path(name);
        ImageCheck.Checked checked;
        try {
            checked = check(name.strip(), bytes);
        } catch (ImageCheck.RefusedException e) {
            throw new InvalidDraftEditException(Map.of("image", e.getMessage()));
        }
        drafts.putImage(courseId, path, bytes, author);
        String inAssets = path.substring(DraftService.ASSETS.length());
        return new Added(path, "![Describe what the image shows](" + inAssets + ")",
                AssetUrls.url(courseId, CourseFiles.sha256(bytes), checked.format()), checked.width(), checked.height());
    }

    /** Removes the image {@code assets/<name>} from the draft. */
    public void delete(String courseId, String name, Author author) {
        drafts.delete(courseId, path(name), author);
    }

    /** Checks an image with the configured size limit; how a ZIP's images are checked too. */
    public ImageCheck.Checked check(String name, byte[] bytes) {
        return ImageCheck.check(name, bytes == null ? new byte[0] : bytes, config.maxImageSize().asLongValue());
    }

    /** The files of an imported ZIP, once every image among them passes the same checks as an upload; refused by field "archive". */
    public CourseFiles checkArchive(CourseFiles files) {
        files.files().forEach((path, bytes) -> {
            if (DraftService.isImage(path)) {
                try {
                    check(path, bytes);
                } catch (ImageCheck.RefusedException e) {
                    throw new InvalidDraftEditException(Map.of("archive", e.getMessage()));
                }
            }
        });
        return files;
    }

    @Override
    public Optional<byte[]> forAuthors(String courseId, String sha256, ImageFormat format) {
        if (identity.isAnonymous() || !(identity.hasRole(Roles.INSTRUCTOR) || identity.hasRole(Roles.ADMIN))) {
            return Optional.empty();
        }
        try {
            access.authorOf(courseId);
        } catch (NotAnAuthorException | UnknownAuthoringItemException e) {
            return Optional.empty();
        }
        return drafts.image(courseId, sha256, format);
    }

    private static String path(String name) {
        String trimmed = name == null ? "" : name.strip();
        String path = DraftService.ASSETS + trimmed;
        if (trimmed.isEmpty() || !CourseFiles.isValidPath(path) || ImageFormat.ofName(trimmed).isEmpty()) {
            throw new InvalidDraftEditException(Map.of("name", "Name the image with letters, digits, '.', '-' and '_', ending in "
                    + ImageFormat.NAMES + ", such as 'action-plan.png' (or 'diagrams/action-plan.png' for a sub-folder)."));
        }
        return path;
    }
}
