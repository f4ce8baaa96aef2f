package org.mhfa.verification;

/**
 * A certificate's public record together with its row's id: what the lookup answers, and what the audit log links the
 * verification to without looking the code up again.
 */
record RegistryRecord(long certificateId, Verification verification) {
}
