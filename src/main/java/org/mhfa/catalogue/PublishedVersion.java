package org.mhfa.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mhfa.platform.BaseEntity;

/** An immutable, numbered version of a course's files: who made it, when, why, and where it came from. */
@Entity
@Table(name = "content_version")
public class PublishedVersion extends BaseEntity {

    /** How a version came to be. */
    public enum Source {
        /** Read from the content folder at start or when its files changed. */
        IMPORT,
        /** Published from the course's draft in the editor. */
        PUBLISH,
        /** An earlier version's files, published again. */
        ROLLBACK,
        /** The course withdrawn: a version with no files, which is not served. */
        RETIRE
    }

    @Column(name = "course_id", nullable = false)
    public String courseId;

    @Column(nullable = false)
    public int number;

    @Column(name = "tree_sha256", nullable = false)
    public String treeSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String message;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public boolean retired() {
        return source == Source.RETIRE;
    }
}
