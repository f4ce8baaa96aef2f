package org.mhfa.xapi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.mhfa.platform.BaseEntity;

/**
 * One xAPI statement as stored: its JSON verbatim, and beside it the columns the API filters on. The id is the
 * sequence the API pages by; {@link #statementId} is the statement's own xAPI id.
 */
@Entity
@Table(name = "xapi_statement")
public class StoredStatement extends BaseEntity {

    @Column(name = "statement_id", nullable = false, updatable = false)
    public UUID statementId;

    @Column(name = "learner_id", nullable = false, updatable = false)
    public Long learnerId;

    @Column(name = "course_id", nullable = false, updatable = false)
    public String courseId;

    /** The verb's IRI. */
    @Column(nullable = false, updatable = false)
    public String verb;

    @Column(nullable = false, updatable = false)
    public Instant stored;

    /** The statement as JSON. */
    @Column(nullable = false, updatable = false)
    public String statement;
}
