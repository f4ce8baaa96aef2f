package org.mhfa.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mhfa.platform.BaseEntity;

/** That an erasure took place: when, under which pseudonym and how many certificates stayed verifiable. No personal data. */
@Entity
@Table(name = "erasure_record")
public class ErasureRecord extends BaseEntity {

    @Column(nullable = false, unique = true)
    public String pseudonym;

    @Column(name = "erased_at", nullable = false)
    public Instant erasedAt;

    @Column(name = "certificates_kept", nullable = false)
    public int certificatesKept;
}
