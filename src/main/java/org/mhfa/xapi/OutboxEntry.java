package org.mhfa.xapi;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A statement the learning record store has not accepted yet: how often it was tried and when to try again. */
@Entity
@Table(name = "xapi_outbox")
public class OutboxEntry extends PanacheEntityBase {

    /** The {@link StoredStatement#id} of the statement. */
    @Id
    @Column(name = "statement_seq")
    public Long statementSeq;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    public String lastError;
}
