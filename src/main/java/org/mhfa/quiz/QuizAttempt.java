package org.mhfa.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.mhfa.progress.Enrolment;
import org.mhfa.web.BaseEntity;

/** One submitted, graded attempt at a knowledge check, against the version of the check that was answered. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id")
    public Enrolment enrolment;

    @Column(name = "quiz_id", nullable = false)
    public String quizId;

    @Column(name = "content_version", nullable = false)
    public String contentVersion;

    /** The chosen option per question, as JSON: {"question-id": "b", ...}. */
    @Column(nullable = false, length = 8000)
    public String answers;

    @Column(name = "correct_count", nullable = false)
    public int correctCount;

    @Column(name = "question_count", nullable = false)
    public int questionCount;

    @Column(name = "score_percent", nullable = false)
    public int scorePercent;

    @Column(nullable = false)
    public boolean passed;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    public static List<QuizAttempt> listFor(Enrolment enrolment) {
        return list("enrolment = ?1 order by submittedAt", enrolment);
    }
}
