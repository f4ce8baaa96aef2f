package org.mhfa.certificate;

import org.mhfa.identity.Learner;

/**
 * Who administers a certificate in a request: an administrator acts on any certificate, an instructor only on those
 * of the trainees they lead ({@link CertificateOversight}). {@code person} is named as the one who revoked.
 */
public record CertificateAdministrator(Learner person, boolean admin) {
}
