package org.mhfa.certificate;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Makes throwaway certificates in the background at start-up, through the same assembly as real issuance (credential,
 * layout, fonts, QR code, logo, signature), so that the first real one is not the slow one.
 */
@ApplicationScoped
public class CertificateWarmUp {

    private static final Logger LOG = Logger.getLogger(CertificateWarmUp.class);
    /** Enough rounds for the JIT to compile the hot paths of layout, subsetting and signing. */
    private static final int ROUNDS = 30;

    private final CertificateAssembly assembly;

    CertificateWarmUp(CertificateAssembly assembly) {
        this.assembly = assembly;
    }

    void onStart(@Observes StartupEvent event) {
        Thread warmUp = new Thread(() -> warmUp(assembly, ROUNDS), "certificate-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** Makes {@code rounds} throwaway certificates; returns how long the first one took, in milliseconds. */
    static long warmUp(CertificateAssembly assembly, int rounds) {
        long first = -1;
        try {
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                assembly.signedPdf(sample("Warm Up " + i), "Warm-up");
                if (first < 0) {
                    first = (System.nanoTime() - start) / 1_000_000;
                }
            }
            LOG.debugf("Certificate pipeline warmed up: the first took %d ms", first);
        } catch (RuntimeException e) {
            LOG.warn("Warming up the certificate pipeline failed; the first certificate will be slower", e);
        }
        return first;
    }

    /** A certificate that is never stored, with every part a real one has. */
    static Certificate sample(String holderName) {
        Certificate certificate = new Certificate();
        certificate.code = CertificateCode.generate();
        certificate.holderName = holderName;
        certificate.courseId = "warm-up";
        certificate.courseTitle = "Warm-up course";
        certificate.courseVersion = "0";
        certificate.issuedAt = Instant.now();
        certificate.issuedOn = LocalDate.now(ZoneOffset.UTC);
        certificate.expiresOn = certificate.issuedOn.plusYears(3);
        certificate.statusIndex = 0;
        certificate.competencies = String.join("\n", List.of("Approach and assess for risk", "Listen non-judgementally"));
        certificate.instructorName = "Warm Up";
        return certificate;
    }
}
