package org.mhfa.certificate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * How long the first certificate of a fresh JVM takes, with and without the start-up warm-up, against the steady
 * state: {@code java -cp … org.mhfa.certificate.FirstCertificateTiming [warm-up]}.
 */
public final class FirstCertificateTiming {

    private FirstCertificateTiming() {
    }

    public static void main(String[] args) throws Exception {
        boolean warmUp = args.length > 0 && args[0].equals("warm-up");
        long start = System.nanoTime();
        SigningKeys keys = SigningKeys.developmentKey(Files.createTempDirectory("first-certificate").resolve("key.p12"));
        long keyMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        String baseUrl = "https://training.example.org";
        CertificateAssembly assembly = new CertificateAssembly(new CertificatePdfRenderer(),
                new PdfSigner(keys, "MHFA", baseUrl, "Certificate of completion"),
                new OpenBadgeCredentials(baseUrl, "MHFA", keys), baseUrl, "MHFA");
        long setUpMs = (System.nanoTime() - start) / 1_000_000;
        long warmUpMs = 0;
        if (warmUp) {
            start = System.nanoTime();
            CertificateWarmUp.warmUp(assembly, 30);
            warmUpMs = (System.nanoTime() - start) / 1_000_000;
        }
        start = System.nanoTime();
        assembly.signedPdf(CertificateBenchmark.certificate(1), "Summary");
        double firstMs = (System.nanoTime() - start) / 1e6;
        double[] steady = new double[400];
        for (int i = 0; i < steady.length; i++) {
            start = System.nanoTime();
            assembly.signedPdf(CertificateBenchmark.certificate(i), "Summary");
            steady[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(steady);
        System.out.printf("signing key %d ms; renderer, signer and credentials set up %d ms; warm-up %s; "
                + "first certificate %.1f ms; next 400: median %.2f ms, p90 %.2f ms%n", keyMs, setUpMs,
                warmUp ? warmUpMs + " ms" : "none", firstMs, steady[steady.length / 2], steady[steady.length * 9 / 10]);
    }
}
