package org.mhfa.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mhfa.identity.Learner;
import org.mhfa.platform.BaseEntity;

/** An instructor named by an admin as an author of one course: they may edit its draft, publish and roll back. */
@Entity
@Table(name = "authoring_course_author")
public class CourseAuthor extends BaseEntity {

    @Column(name = "course_id", nullable = false)
    public String courseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id")
    public Learner learner;

    @Column(name = "granted_by", nullable = false)
    public String grantedBy;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    public static boolean isAuthor(String courseId, long learnerId) {
        return count("courseId = ?1 and learner.id = ?2", courseId, learnerId) > 0;
    }
}
