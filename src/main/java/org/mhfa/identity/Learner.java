package org.mhfa.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.mhfa.platform.BaseEntity;

/** A person who signs in, keyed by the subject of their OIDC identity. */
@Entity
public class Learner extends BaseEntity {

    @Column(nullable = false, unique = true)
    public String subject;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String email;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    /** A random id that names the learner in learning records (xAPI) instead of their name or e-mail. */
    @Column(nullable = false, unique = true, updatable = false)
    public UUID pseudonym;

    @PrePersist
    void assignPseudonym() {
        if (pseudonym == null) {
            pseudonym = UUID.randomUUID();
        }
    }

    /** When the person had their personal data erased; the row then holds a pseudonym only and signs no one in. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    public boolean isErased() {
        return erasedAt != null;
    }

    public static Optional<Learner> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }
}
