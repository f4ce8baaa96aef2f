package org.mhfa.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mhfa.platform.BaseEntity;

/** One file of a draft, with the revision that a save must name so that two authors never overwrite each other unseen. */
@Entity
@Table(name = "authoring_draft_file")
public class DraftFile extends BaseEntity {

    @Column(name = "course_id", nullable = false)
    public String courseId;

    @Column(nullable = false)
    public String path;

    @Column(nullable = false)
    public byte[] content;

    /** The SHA-256 of the content, in hex (none on rows written before images came to drafts). */
    @Column
    public String sha256;

    @Column(nullable = false)
    public int revision;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
