package org.mhfa.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A course in the version store with the number of its newest version; its row is locked while a version is added. */
@Entity
@Table(name = "content_course")
public class VersionedCourse extends PanacheEntityBase {

    @Id
    @Column(name = "course_id")
    public String courseId;

    @Column(name = "latest_number", nullable = false)
    public int latestNumber;
}
