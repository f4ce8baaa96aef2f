package org.mhfa.cohort;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.mhfa.identity.Learner;
import org.mhfa.platform.BaseEntity;

/** What a bulk run did for one member of the cohort, and the signed PDF that goes into the run's ZIP. */
@Entity
@Table(name = "certificate_run_item")
public class CertificateRunItem extends BaseEntity {

    /** What happened to the member's certificate. */
    public enum Outcome {
        /** Issued by this run. */
        ISSUED,
        /** Issued earlier; its PDF is in the ZIP all the same. */
        ALREADY_ISSUED,
        /** The member has not completed the course yet; the message says what is missing. */
        NOT_COMPLETE,
        /** The member's certificate was revoked: it is neither issued again nor shipped. */
        REVOKED,
        /** Something went wrong for this member only; the message says what. */
        FAILED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id")
    public CertificateRun run;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id")
    public Learner learner;

    @Column(name = "holder_name", nullable = false)
    public String holderName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    public String message;

    @Column(name = "certificate_code")
    public String certificateCode;

    @Column(name = "file_name")
    public String fileName;

    @Basic(fetch = FetchType.LAZY)
    public byte[] pdf;

    public static List<CertificateRunItem> listFor(CertificateRun run) {
        return list("run = ?1 order by id", run);
    }

    public String displayCode() {
        return certificateCode == null ? null : org.mhfa.certificate.CertificateCode.display(certificateCode);
    }
}
