package org.mhfa.catalogue;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import org.mhfa.platform.BaseEntity;

/** The bytes of one content file, stored once per course under their SHA-256, whichever versions hold them. */
@Entity
@Table(name = "content_blob")
public class ContentBlob extends BaseEntity {

    @Column(name = "course_id", nullable = false)
    public String courseId;

    @Column(nullable = false)
    public String sha256;

    @Column(nullable = false)
    public int size;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;
}
