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

/** When an enrolled learner first opened a lesson: with the time it was marked read, how long reading it took. */
@Entity
@Table(name = "lesson_view")
public class LessonView extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id")
    public Enrolment enrolment;

    @Column(name = "lesson_id", nullable = false)
    public String lessonId;

    @Column(name = "first_viewed_at", nullable = false)
    public Instant firstViewedAt;

    public static List<LessonView> listFor(Enrolment enrolment) {
        return list("enrolment", enrolment);
    }
}
