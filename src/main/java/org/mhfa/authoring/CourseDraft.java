package org.mhfa.authoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A course's draft: the files its authors are editing, started from one published version; trainees never see it. */
@Entity
@Table(name = "authoring_draft")
public class CourseDraft extends PanacheEntityBase {

    @Id
    @Column(name = "course_id")
    public String courseId;

    /** The published version the draft was started from (0 for a course never published). */
    @Column(name = "base_number", nullable = false)
    public int baseNumber;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
