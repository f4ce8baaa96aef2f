package org.mhfa.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mhfa.identity.Learner;
import org.mhfa.enrolment.Enrolment;
import org.mhfa.platform.BaseEntity;

/** A certificate issued for a completed enrolment; the registry that verification answers from. */
@Entity
public class Certificate extends BaseEntity {

    /** The code in canonical form (Crockford base32, upper case, no separators). */
    @Column(nullable = false, unique = true)
    public String code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "learner_id")
    public Learner learner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id")
    public Enrolment enrolment;

    @Column(name = "course_id", nullable = false)
    public String courseId;

    @Column(name = "course_title", nullable = false)
    public String courseTitle;

    @Column(name = "course_version", nullable = false)
    public String courseVersion;

    @Column(name = "holder_name", nullable = false)
    public String holderName;

    /** Set when the holder's name was erased: a salted, peppered digest of it (see {@link HolderNameDigest}). */
    @Column(name = "holder_name_digest")
    public String holderNameDigest;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;

    /** Who revoked it (their display name), for the record. */
    @Column(name = "revoked_by")
    public String revokedBy;

    /** The canonical code of the certificate that replaced this one, when it was re-issued. */
    @Column(name = "superseded_by")
    public String supersededBy;

    /** The canonical code of the certificate this one renews, when it was issued for a refresher course. */
    @Column(name = "renewal_of")
    public String renewalOf;

    /** This certificate's bit in the published revocation status list. */
    @Column(name = "status_index")
    public Integer statusIndex;

    /** The competencies printed on the certificate, one per line (null for certificates issued before they were). */
    @Column(name = "competencies")
    public String competencies;

    /** The instructor printed on the certificate, when one led the course. */
    @Column(name = "instructor_name")
    public String instructorName;

    public static Optional<Certificate> findByCode(String canonicalCode) {
        return find("code", canonicalCode).firstResultOptional();
    }

    /** The current certificate of a completion: the one not superseded by a re-issue. */
    public static Optional<Certificate> findByEnrolment(Enrolment enrolment) {
        return find("enrolment = ?1 and supersededBy is null", enrolment).firstResultOptional();
    }

    /** The certificates of a learner for one course, newest expiry first. */
    public static List<Certificate> listFor(Learner learner, String courseId) {
        return list("learner = ?1 and courseId = ?2 order by expiresOn desc", learner, courseId);
    }

    public static List<Certificate> listFor(Learner learner) {
        return list("learner = ?1 order by issuedAt desc", learner);
    }

    /**
     * Whether a name someone already knows is the holder's: compared with the stored name, or with its digest once the
     * holder's name has been erased. Case, accents and spacing do not matter.
     */
    public boolean holderNameMatches(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        if (holderNameDigest != null) {
            return HolderNameDigest.matches(holderNameDigest, name);
        }
        return HolderNameDigest.normalise(holderName).equals(HolderNameDigest.normalise(name));
    }

    /** Replaces the holder's name by the erasure notice, keeping only a digest to check a known name against. */
    public void eraseHolderName() {
        if (holderNameDigest == null) {
            holderNameDigest = HolderNameDigest.of(holderName);
        }
        holderName = HolderNameDigest.NAME_REMOVED;
    }

    public boolean isHolderNameErased() {
        return holderNameDigest != null;
    }

    /** The competencies printed on the certificate, in order; empty when none were. */
    public List<String> competencyList() {
        return competencies == null || competencies.isBlank() ? List.of()
                : competencies.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public String displayCode() {
        return CertificateCode.display(code);
    }
}
