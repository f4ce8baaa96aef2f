package org.mhfa.privacy;

import org.mhfa.identity.Learner;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;

/** The learner row: exported as the profile; on erasure its name becomes the pseudonym and its e-mail goes. */
@ApplicationScoped
public class LearnerPersonalData implements PersonalDataHolder {

    /** The profile section of the export. */
    public record Profile(long id, String accountId, String name, String email, Instant createdAt, Instant lastSeenAt) {
    }

    @Override
    public String section() {
        return "profile";
    }

    @Override
    public Set<String> tables() {
        return Set.of("learner");
    }

    @Override
    public int erasureOrder() {
        return LEARNER;
    }

    @Override
    public Object export(Learner learner) {
        return new Profile(learner.id, learner.subject, learner.displayName, learner.email, learner.createdAt, learner.lastSeenAt);
    }

    @Override
    public void erase(Erasure erasure) {
        Learner learner = erasure.learner();
        learner.displayName = erasure.pseudonym();
        learner.email = null;
        learner.lastSeenAt = erasure.erasedAt();
        learner.erasedAt = erasure.erasedAt();
    }
}
