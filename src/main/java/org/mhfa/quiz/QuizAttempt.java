package org.mhfa.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.mhfa.enrolment.Enrolment;
import org.mhfa.platform.BaseEntity;

/** One attempt at a knowledge check: the questions it drew (and the seed), the answers, the grade and the content version. */
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

    /**
     * The attempt's secret, drawn from a SecureRandom: it keys the draw, the order options are shown in and the tokens
     * that name them ({@link OptionTokens}). Never shown on a page or in an API.
     */
    @Column(nullable = false)
    public long seed;

    /** The ids of the questions drawn, comma-separated, in the order asked. */
    @Column(name = "question_ids", nullable = false)
    public String questionIds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttemptStatus status;

    /** The answers as JSON in authored option ids: {"question-id": ["b"], ...}; null until submitted. */
    @Column(length = 8000)
    public String answers;

    @Column(name = "correct_count", nullable = false)
    public int correctCount;

    @Column(name = "question_count", nullable = false)
    public int questionCount;

    @Column(name = "score_percent", nullable = false)
    public int scorePercent;

    @Column(nullable = false)
    public boolean passed;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public List<String> drawnQuestionIds() {
        return questionIds.isEmpty() ? List.of() : Arrays.asList(questionIds.split(","));
    }

    public boolean isOpen() {
        return status == AttemptStatus.STARTED;
    }

    public static List<QuizAttempt> listFor(Enrolment enrolment) {
        return list("enrolment = ?1 order by startedAt", enrolment);
    }

    public static List<QuizAttempt> listFor(Enrolment enrolment, String quizId) {
        return list("enrolment = ?1 and quizId = ?2 order by startedAt", enrolment, quizId);
    }
}
