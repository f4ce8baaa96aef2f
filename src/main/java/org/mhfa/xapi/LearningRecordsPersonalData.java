package org.mhfa.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mhfa.identity.Learner;
import org.mhfa.privacy.Erasure;
import org.mhfa.privacy.PersonalDataHolder;
import org.mhfa.privacy.StoredJson;

/**
 * The learner's xAPI statements and those still queued for the learning record store. Statements name the learner only by
 * a random pseudonym, but they are the learner's record all the same: on erasure they and their queue entries are deleted
 * and the learner gets a new pseudonym, so statements the store already received can no longer be linked back from here.
 * Those forwarded statements cannot be recalled from this platform. Other learners' "attended" statements name the
 * session after its cohort, whose name may hold the person's name (an instructor's, typically): the stored copies have it
 * replaced by the pseudonym.
 */
@ApplicationScoped
public class LearningRecordsPersonalData implements PersonalDataHolder {

    /** The learning records section of the export. */
    public record LearningRecords(UUID actorAccountName, List<StatementData> statements) {
    }

    /** A stored statement, in the export; {@code awaitingForwarding} while the learning record store has not accepted it. */
    public record StatementData(long sequence, UUID statementId, String courseId, String verb, Instant stored,
            boolean awaitingForwarding, Object statement) {
    }

    private final EntityManager entityManager;

    LearningRecordsPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String section() {
        return "learningRecords";
    }

    @Override
    public Set<String> tables() {
        return Set.of("xapi_statement", "xapi_outbox");
    }

    @Override
    public Object export(Learner learner) {
        Set<Long> queued = Set.copyOf(entityManager.createQuery("select o.statementSeq from OutboxEntry o where o.statementSeq in "
                        + "(select s.id from StoredStatement s where s.learnerId = :learner)", Long.class)
                .setParameter("learner", learner.id).getResultList());
        List<StatementData> statements = entityManager.createQuery("select s from StoredStatement s where s.learnerId = :learner "
                        + "order by s.id", StoredStatement.class)
                .setParameter("learner", learner.id).getResultStream()
                .map(s -> new StatementData(s.id, s.statementId, s.courseId, s.verb, s.stored, queued.contains(s.id),
                        StoredJson.of(s.statement)))
                .toList();
        return new LearningRecords(learner.pseudonym, statements);
    }

    @Override
    public void erase(Erasure erasure) {
        Learner learner = erasure.learner();
        entityManager.createQuery("delete from OutboxEntry o where o.statementSeq in "
                        + "(select s.id from StoredStatement s where s.learnerId = :learner)")
                .setParameter("learner", learner.id).executeUpdate();
        entityManager.createQuery("delete from StoredStatement s where s.learnerId = :learner")
                .setParameter("learner", learner.id).executeUpdate();
        scrubAttendedStatements(erasure);
        UUID fresh = UUID.randomUUID();
        entityManager.createNativeQuery("update learner set pseudonym = cast(?1 as uuid) where id = ?2")
                .setParameter(1, fresh.toString()).setParameter(2, learner.id).executeUpdate();
        learner.pseudonym = fresh;
    }

    private void scrubAttendedStatements(Erasure erasure) {
        List<String> personal = java.util.stream.Stream.of(erasure.formerName(), erasure.formerEmail())
                .filter(value -> value != null && !value.isBlank()).map(value -> "%" + value.toLowerCase(java.util.Locale.ROOT) + "%")
                .toList();
        for (String pattern : personal) {
            List<StoredStatement> found = entityManager.createQuery("select s from StoredStatement s where s.verb = :verb "
                            + "and lower(s.statement) like :pattern", StoredStatement.class)
                    .setParameter("verb", Verb.ATTENDED.iri()).setParameter("pattern", pattern).getResultList();
            for (StoredStatement statement : found) {
                entityManager.createNativeQuery("update xapi_statement set statement = ?1 where id = ?2")
                        .setParameter(1, erasure.scrub(statement.statement)).setParameter(2, statement.id).executeUpdate();
                entityManager.detach(statement);
            }
        }
    }
}
