package org.mhfa.cohort;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mhfa.identity.CurrentLearner;
import org.mhfa.identity.Learner;
import org.mhfa.platform.Roles;

/**
 * Which cohorts the caller may see and change: an instructor their own, an administrator all. Anyone else's cohort
 * looks exactly like a cohort that does not exist.
 */
@RequestScoped
public class CohortAccess {

    private final CurrentLearner current;
    private final SecurityIdentity identity;

    CohortAccess(CurrentLearner current, SecurityIdentity identity) {
        this.current = current;
        this.identity = identity;
    }

    public Learner viewer() {
        return current.get();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The cohorts the caller runs (all of them for an administrator), newest start first: {@code limit} from {@code offset}. */
    @Transactional
    public List<Cohort> cohorts(int offset, int limit) {
        PanacheQuery<Cohort> query = isAdmin() ? Cohort.find("order by startsOn desc, id desc")
                : Cohort.find("owner = ?1 order by startsOn desc, id desc", viewer());
        return query.range(offset, offset + limit - 1).list();
    }

    /** The cohort, if the caller may see it; otherwise {@link CohortNotFoundException}. */
    @Transactional
    public Cohort cohort(Long id) {
        if (id == null) {
            throw new CohortNotFoundException();
        }
        Cohort cohort = isAdmin() ? Cohort.findById(id) : Cohort.findOwned(id, viewer()).orElse(null);
        if (cohort == null) {
            throw new CohortNotFoundException();
        }
        return cohort;
    }

    /** A session of a cohort the caller may see; otherwise {@link CohortNotFoundException}. */
    @Transactional
    public TrainingSession session(Cohort cohort, Long sessionId) {
        return TrainingSession.findIn(cohort, sessionId)
                .orElseThrow(() -> new CohortNotFoundException("This cohort has no such session."));
    }
}
