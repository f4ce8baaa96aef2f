package org.mhfa.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.mhfa.platform.BaseEntity;

/** That a learner read a lesson, and which version of it. */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id")
    public Enrolment enrolment;

    @Column(name = "lesson_id", nullable = false)
    public String lessonId;

    @Column(name = "content_version", nullable = false)
    public String contentVersion;

    @Column(name = "completed_at", nullable = false)
    public Instant completedAt;

    public static List<LessonProgress> listFor(Enrolment enrolment) {
        return list("enrolment", enrolment);
    }
}
