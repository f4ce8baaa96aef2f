package org.mhfa.certificate;

/**
 * Fired (synchronously, inside the changing transaction) when what the registry shows about a certificate changes
 * without a change of status, such as the holder's name being erased.
 */
public record CertificateRecordChanged(String code) {
}
