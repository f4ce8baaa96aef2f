package org.mhfa.catalogue;

import java.util.Optional;

/**
 * The images that only a course's draft holds, which the editor's preview shows to its authors; implemented by the
 * authoring feature, which knows drafts and authors.
 */
public interface DraftImages {

    /** The bytes of the draft's image with this SHA-256 and format, when the caller authors the course; empty otherwise. */
    Optional<byte[]> forAuthors(String courseId, String sha256, ImageFormat format);
}
