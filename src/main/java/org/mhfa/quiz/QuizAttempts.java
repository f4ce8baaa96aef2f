package org.mhfa.quiz;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import org.mhfa.enrolment.Enrolment;

/** Read helpers over a learner's attempts. */
final class QuizAttempts {

    private QuizAttempts() {
    }

    /** The submitted and expired attempts at one check, oldest first. */
    static List<QuizAttempt> closed(Enrolment enrolment, String quizId) {
        return QuarkusTransaction.joiningExisting().call(() -> QuizAttempt.listFor(enrolment, quizId).stream()
                .filter(attempt -> !attempt.isOpen()).toList());
    }
}
