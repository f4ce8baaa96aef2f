package org.mhfa.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads stored statements page by page, by keyset on the sequence id (never OFFSET), with the indexed filters. */
@ApplicationScoped
public class StatementLog {

    /** One stored statement: its sequence id and its JSON. */
    public record Entry(long sequence, String json) {
    }

    private final EntityManager entityManager;

    StatementLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code query.limit() + 1} statements in sequence order: one more than a page, to tell whether more follow. */
    @Transactional
    public List<Entry> page(StatementQuery query) {
        StringBuilder where = new StringBuilder("s.id > :after");
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
