package org.mhfa.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mhfa.platform.BaseEntity;

/** That the expiry reminder for a certificate at some number of days before expiry has been sent. */
@Entity
@Table(name = "certificate_reminder")
public class CertificateReminder extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_id")
    public Certificate certificate;

    @Column(name = "days_before", nullable = false)
    public int daysBefore;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;
}
