package org.mhfa.identity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The learner record of whoever makes the current request, created on first sight from their OIDC claims and kept up
 * to date with them (name, e-mail, last seen).
 */
@RequestScoped
public class CurrentLearner {

    /**
     * "Last seen" is kept to the minute: a request within a minute of the last one writes nothing, so that one person's
     * parallel requests do not queue for the same row. A record never seen since it was made is always brought up to date.
     */
    static final Duration LAST_SEEN_PRECISION = Duration.ofMinutes(1);

    private final SecurityIdentity identity;
    private final Event<LearnerFirstSeen> firstSeen;
    private Learner learner;

    CurrentLearner(SecurityIdentity identity, Event<LearnerFirstSeen> firstSeen) {
        this.identity = identity;
        this.firstSeen = firstSeen;
    }

    /** The signed-in person's learner record; fails with 401 for anonymous callers. */
    public Learner get() {
        if (learner == null) {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token) || token.getSubject() == null) {
                throw new UnauthorizedException();
            }
            learner = findOrCreate(token);
        }
        if (learner.isErased()) {
            throw new ErasedLearnerException();
        }
        return learner;
    }

    private Learner findOrCreate(JsonWebToken token) {
        String name = displayName(token);
        String email = token.getClaim("email");
        try {
            return QuarkusTransaction.requiringNew().call(() -> upsert(token.getSubject(), name, email));
        } catch (PersistenceException e) {
            // a concurrent first request created the same learner: read theirs
            return QuarkusTransaction.requiringNew().call(() -> upsert(token.getSubject(), name, email));
        }
    }

    /** Creates or refreshes the record; a record made earlier and never seen since announces {@link LearnerFirstSeen}. */
    private Learner upsert(String subject, String name, String email) {
        Instant now = Instant.now();
        Learner learner = Learner.findBySubject(subject).orElse(null);
        if (learner == null) {
            learner = new Learner();
            learner.subject = subject;
            learner.createdAt = now;
        } else if (learner.isErased()) {
            return learner;
        }
        boolean madeBeforeFirstSignIn = learner.lastSeenAt != null && !learner.lastSeenAt.isAfter(learner.createdAt);
        learner.displayName = name;
        learner.email = email;
        if (learner.lastSeenAt == null || madeBeforeFirstSignIn || learner.lastSeenAt.isBefore(now.minus(LAST_SEEN_PRECISION))) {
            learner.lastSeenAt = now;
        }
        learner.persistAndFlush();
        if (madeBeforeFirstSignIn) {
            firstSeen.fire(new LearnerFirstSeen(learner.id));
        }
        return learner;
    }

    static String displayName(JsonWebToken token) {
        String name = token.getClaim("name");
        if (name == null || name.isBlank()) {
            String given = token.getClaim("given_name");
            String family = token.getClaim("family_name");
            name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        }
        if (name.isBlank()) {
            name = token.getClaim("preferred_username");
        }
        return name == null || name.isBlank() ? "Trainee" : name;
    }
}
