package org.mhfa.certificate;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/** Makes one throwaway certificate in the background at start-up, so that the first real one is not the slow one. */
@ApplicationScoped
public class CertificateWarmUp {

    private static final Logger LOG = Logger.getLogger(CertificateWarmUp.class);

    private final CertificatePdfRenderer renderer;
    private final PdfSigner signer;

    CertificateWarmUp(CertificatePdfRenderer renderer, PdfSigner signer) {
        this.renderer = renderer;
        this.signer = signer;
    }

    void onStart(@Observes StartupEvent event) {
        Thread warmUp = new Thread(this::makeOne, "certificate-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private void makeOne() {
        long start = System.nanoTime();
        try {
            LocalDate today = LocalDate.now();
            new CertificateAssembly(renderer, signer).signedPdf(new CertificateDocument("Warm Up", "Warm-up course", "0",
                    today, today.plusYears(3), CertificateCode.display(CertificateCode.generate()),
                    "http://localhost/verify/warm-up", "Warm-up"));
            LOG.debugf("Certificate pipeline warmed up in %d ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Warming up the certificate pipeline failed; the first certificate will be slower", e);
        }
    }
}
