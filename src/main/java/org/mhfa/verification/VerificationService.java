package org.mhfa.verification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.mhfa.certificate.Certificate;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.certificate.CertificateService;
import org.mhfa.certificate.CertificateStatus;
import org.mhfa.verification.VerificationConfig.HolderNameForm;

/**
 * Answers "is this certificate real and current?" from the registry, and records every answer in the audit log.
 * Malformed input gets the same answer as an unknown code after an equivalent database lookup, so neither the answer
 * nor its timing tells them apart.
 */
@ApplicationScoped
public class VerificationService {

    /** A canonical-looking code with a wrong check symbol: never issued, looked up in place of malformed input. */
    static final String NEVER_ISSUED = "0000000000000000000000000Z";

    /** Revocation reasons that say nothing about the holder and are shown publicly; any other reason is not. */
    static final Set<String> PUBLIC_REVOCATION_REASONS = Set.of("issued in error", "course requirements not met",
            "training not delivered as required", "duplicate certificate");

    private final CertificateService certificates;
    private final VerificationLog log;
    private final Competencies competencies;
    private final VerificationConfig config;
    private final VerificationCache cache;

    VerificationService(CertificateService certificates, VerificationLog log, Competencies competencies, VerificationConfig config,
            VerificationCache cache) {
        this.certificates = certificates;
        this.log = log;
        this.competencies = competencies;
        this.config = config;
        this.cache = cache;
    }

    /**
     * Looks a code up (any accepted spelling) and records the verification.
     *
     * @param agencyId the partner agency asking, or null on the public channels
     * @param network the client's network on the public channels, {@link ClientNetwork#UNKNOWN} otherwise
     * @return the registry's public record, empty for unknown and malformed codes alike
     */
    public Optional<Verification> verify(String code, VerificationChannel channel, Long agencyId, ClientNetwork network) {
        Optional<RegistryRecord> found = publicRecord(code);
        Optional<Verification> answer = found.map(held -> asOfToday(held.verification()));
        log.record(channel, agencyId, code, found.map(RegistryRecord::certificateId).orElse(null),
                answer.map(Verification::status).orElse(null), network);
        return answer;
    }

    /**
     * Looks a code up for a partner agency and records it: the holder's name in full (a roster check compares names).
     */
    @Transactional
    public Optional<Verification> verifyForPartner(String code, long agencyId) {
        Optional<Certificate> certificate = lookup(code);
        Optional<Verification> found = certificate.map(held -> toVerification(held, HolderNameForm.FULL));
        log.record(VerificationChannel.PARTNER, agencyId, code, certificate.map(held -> held.id).orElse(null),
                found.map(Verification::status).orElse(null), ClientNetwork.UNKNOWN);
        return found;
    }

    /** The registry's public record for a code, without recording anything (for comparing an uploaded PDF). */
    @Transactional
    public Optional<Certificate> certificate(String code) {
        return lookup(code);
    }

    public Verification toVerification(Certificate certificate, HolderNameForm nameForm) {
        return new Verification(certificate.displayCode(), certificates.status(certificate),
                certificate.isHolderNameErased() ? certificate.holderName : HolderNames.show(certificate.holderName, nameForm),
                certificate.courseTitle, certificate.courseVersion,
                certificate.issuedOn, certificate.expiresOn,
                certificate.revokedAt == null ? null : LocalDate.ofInstant(certificate.revokedAt, ZoneOffset.UTC),
                publicReason(certificate.revocationReason),
                certificate.supersededBy == null ? null : CertificateCode.display(certificate.supersededBy),
                competencies.of(certificate));
    }

    public HolderNameForm holderNameForm() {
        return config.holderName();
    }

    /** The public record, from the cache where it is held; malformed codes cost the same lookup as unknown ones. */
    private Optional<RegistryRecord> publicRecord(String code) {
        Supplier<Optional<RegistryRecord>> load = () -> QuarkusTransaction.joiningExisting().call(() -> lookup(code)
                .map(certificate -> new RegistryRecord(certificate.id, toVerification(certificate, config.holderName()))));
        Optional<String> canonical = CertificateCode.normalise(code);
        return canonical.isPresent() ? cache.get(canonical.get(), load) : load.get();
    }

    /** A record held since an earlier day may have expired, or be expiring soon, by now. */
    private Verification asOfToday(Verification record) {
        CertificateStatus today = certificates.status(record.revokedOn() != null, record.supersededBy() != null, record.expiresOn());
        return today == record.status() ? record : record.withStatus(today);
    }

    private static Optional<Certificate> lookup(String code) {
        Optional<String> canonical = CertificateCode.normalise(code);
        Optional<Certificate> found = Certificate.findByCode(canonical.orElse(NEVER_ISSUED));
        return canonical.isPresent() ? found : Optional.empty();
    }

    private static String publicReason(String reason) {
        if (reason == null) {
            return null;
        }
        String normalised = reason.strip().replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
        return PUBLIC_REVOCATION_REASONS.contains(normalised) ? reason.strip() : null;
    }
}
