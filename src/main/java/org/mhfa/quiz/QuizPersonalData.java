package org.mhfa.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.mhfa.identity.Learner;
import org.mhfa.privacy.Erasure;
import org.mhfa.privacy.PersonalDataHolder;
import org.mhfa.privacy.StoredJson;

/** Knowledge-check attempts with the answers given and the scores; deleted on erasure. */
@ApplicationScoped
public class QuizPersonalData implements PersonalDataHolder {

    /** An attempt in the export. */
    public record AttemptData(long id, String courseId, String quizId, String contentVersion, AttemptStatus status,
            List<String> questionIds, Object answers, int correctCount, int questionCount, int scorePercent, boolean passed,
            Instant startedAt, Instant submittedAt) {
    }

    private final EntityManager entityManager;

    QuizPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String section() {
        return "quizAttempts";
    }

    @Override
    public Set<String> tables() {
        return Set.of("quiz_attempt");
    }

    @Override
    public Object export(Learner learner) {
        return entityManager.createQuery("select a from QuizAttempt a join fetch a.enrolment e where e.learner = :learner "
                        + "order by a.startedAt, a.id", QuizAttempt.class)
                .setParameter("learner", learner).getResultStream()
                .map(a -> new AttemptData(a.id, a.enrolment.courseId, a.quizId, a.contentVersion, a.status, a.drawnQuestionIds(),
                        StoredJson.of(a.answers), a.correctCount, a.questionCount, a.scorePercent, a.passed, a.startedAt, a.submittedAt))
                .toList();
    }

    @Override
    public void erase(Erasure erasure) {
        entityManager.createQuery("delete from QuizAttempt a where a.enrolment in (select e from Enrolment e where e.learner = :learner)")
                .setParameter("learner", erasure.learner()).executeUpdate();
    }
}
