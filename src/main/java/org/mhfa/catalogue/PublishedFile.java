package org.mhfa.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.mhfa.platform.BaseEntity;

/** One file of a published version: its path within the course folder and its bytes. */
@Entity
@Table(name = "content_version_file")
public class PublishedFile extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    public PublishedVersion version;

    @Column(nullable = false)
    public String path;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "blob_id")
    public ContentBlob blob;
}
