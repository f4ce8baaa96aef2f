package org.mhfa.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mhfa.cohort.MemberStatus;
import org.mhfa.identity.Learner;

/**
 * Reads stored statements page by page, by keyset on the sequence id (never OFFSET), with the indexed filters, within
 * what the caller may see.
 */
@ApplicationScoped
public class StatementLog {

    /** One stored statement: its sequence id and its JSON. */
    public record Entry(long sequence, String json) {
    }

    /**
     * Whose statements a query may return: everyone's (an administrator), or only those about trainees who joined a
     * cohort the instructor leads, in that cohort's course ({@link org.mhfa.cohort.CohortOversight}'s rule).
     */
    public record Scope(Long instructorId) {

        public static Scope everyone() {
            return new Scope(null);
        }

        public static Scope traineesLedBy(Learner instructor) {
            return new Scope(instructor.id);
        }
    }

    /** The statement's learner has joined a cohort of the statement's course that the instructor leads. */
    private static final String LED_BY_INSTRUCTOR = " and exists (select 1 from CohortMember m where m.learner.id = s.learnerId"
            + " and m.status = :joined and m.cohort.courseId = s.courseId and m.cohort.owner.id = :instructor)";

    private final EntityManager entityManager;

    StatementLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Up to {@code query.limit() + 1} statements in sequence order within the scope: one more than a page, to tell
     * whether more follow. A learner outside the scope gives an empty page, exactly like an unknown pseudonym.
     */
    @Transactional
    public List<Entry> page(StatementQuery query, Scope scope) {
        StringBuilder where = new StringBuilder("s.id > :after");
        if (scope.instructorId() != null) {
            where.append(LED_BY_INSTRUCTOR);
        }
        if (query.course() != null) {
            where.append(" and s.courseId = :course");
        }
        if (query.learner() != null) {
            where.append(" and s.learnerId = (select l.id from Learner l where l.pseudonym = :learner)");
        }
        if (query.since() != null) {
            where.append(" and s.stored > :since");
        }
        TypedQuery<Entry> select = entityManager.createQuery("select new org.mhfa.xapi.StatementLog$Entry(s.id, s.statement) "
                + "from StoredStatement s where " + where + " order by s.id", Entry.class);
        select.setParameter("after", query.after());
        if (scope.instructorId() != null) {
            select.setParameter("joined", MemberStatus.ACTIVE).setParameter("instructor", scope.instructorId());
        }
        if (query.course() != null) {
            select.setParameter("course", query.course());
        }
        if (query.learner() != null) {
            select.setParameter("learner", query.learner());
        }
        if (query.since() != null) {
            select.setParameter("since", query.since());
        }
        return select.setMaxResults(query.limit() + 1).getResultList();
    }
}
