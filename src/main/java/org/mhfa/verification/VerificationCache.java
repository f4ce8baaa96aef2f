package org.mhfa.verification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.mhfa.certificate.CertificateRecordChanged;
import org.mhfa.certificate.CertificateStatusChanged;

/**
 * The public records of recently verified certificates, in memory, so that a repeated lookup costs no database round
 * trip. It is used only while {@link CertificateChangeListener} hears the database's change notifications, which drop a
 * certificate's record on every instance when the registry changes it; changes made by this instance drop it as their
 * transaction commits. A record loaded while a change was being announced is not kept. Unknown codes are never held.
 */
@ApplicationScoped
public class VerificationCache {

    private final Cache<String, RegistryRecord> records;
    private final AtomicLong changes = new AtomicLong();
    private final boolean enabled;
    private volatile boolean listening;

    VerificationCache(VerificationConfig config) {
        this.enabled = config.cache().enabled();
        this.records = Caffeine.newBuilder().maximumSize(config.cache().maximumSize())
                .expireAfterWrite(config.cache().expireAfterWrite()).build();
    }

    /**
     * The record of a certificate by its canonical code: from memory when held, otherwise loaded (and then held).
     *
     * @param load reads the record from the registry; empty for an unknown code
     */
    Optional<RegistryRecord> get(String canonicalCode, Supplier<Optional<RegistryRecord>> load) {
        if (!listening) {
            return load.get();
        }
        RegistryRecord held = records.getIfPresent(canonicalCode);
        if (held != null) {
            return Optional.of(held);
        }
        long changesBefore = changes.get();
        Optional<RegistryRecord> loaded = load.get();
        if (loaded.isPresent()) {
            records.put(canonicalCode, loaded.get());
            if (changes.get() != changesBefore) {
                records.invalidate(canonicalCode);
            }
        }
        return loaded;
    }

    /** Whether records are being held (change notifications are heard). */
    public boolean active() {
        return listening;
    }

    /** Whether a certificate's record is held now. */
    boolean holds(String canonicalCode) {
        return records.getIfPresent(canonicalCode) != null;
    }

    /** Drops one certificate's record. */
    void changed(String canonicalCode) {
        changes.incrementAndGet();
        records.invalidate(canonicalCode);
    }

    /** Notifications are heard from now on: start from nothing, since changes may have been missed before. */
    void listening() {
        changes.incrementAndGet();
        records.invalidateAll();
        listening = enabled;
    }

    /** Notifications can no longer be heard: stop holding anything until they are again. */
    void deaf() {
        listening = false;
        changes.incrementAndGet();
        records.invalidateAll();
    }

    void onStatusChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateStatusChanged change) {
        changed(change.code());
    }

    void onRecordChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateRecordChanged change) {
        changed(change.code());
    }
}
