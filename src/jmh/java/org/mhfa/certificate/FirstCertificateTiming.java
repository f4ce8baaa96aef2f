package org.mhfa.certificate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.Arrays;

/**
 * How long the first certificate of a fresh JVM takes, with and without the start-up warm-up, against the steady
 * state, in wall-clock and in this thread's CPU time (which other load on the machine barely changes); and the CPU
 * time of a bare one-line page for the ratio: {@code java -cp … org.mhfa.certificate.FirstCertificateTiming [warm-up]}.
 */
public final class FirstCertificateTiming {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int STEADY = 2000;

    private FirstCertificateTiming() {
    }

    public static void main(String[] args) throws Exception {
        boolean warmUp = args.length > 0 && args[0].equals("warm-up");
        SigningKeys keys = SigningKeys.developmentKey(Files.createTempDirectory("first-certificate").resolve("key.p12"));
        long start = System.nanoTime();
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
        long cpu = THREADS.getCurrentThreadCpuTime();
        assembly.signedPdf(CertificateBenchmark.certificate(1), "Summary");
        double firstCpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        double firstMs = (System.nanoTime() - start) / 1e6;

        double[] wall = new double[STEADY];
        double[] cpuMs = new double[STEADY];
        for (int i = 0; i < STEADY; i++) {
            start = System.nanoTime();
            cpu = THREADS.getCurrentThreadCpuTime();
            assembly.signedPdf(CertificateBenchmark.certificate(i), "Summary");
            cpuMs[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
            wall[i] = (System.nanoTime() - start) / 1e6;
        }
        CertificateBenchmark bare = new CertificateBenchmark();
        bare.setUp();
        double[] bareCpuMs = new double[STEADY * 5];
        for (int i = 0; i < bareCpuMs.length; i++) {
            cpu = THREADS.getCurrentThreadCpuTime();
            bare.barePage();
            bareCpuMs[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        double certificateCpu = median(Arrays.copyOfRange(cpuMs, STEADY / 2, STEADY));
        double bareCpu = median(Arrays.copyOfRange(bareCpuMs, bareCpuMs.length / 2, bareCpuMs.length));
        System.out.printf("set-up (fonts, logo, keys) %d ms; warm-up %s; first certificate %.1f ms (CPU %.1f ms); "
                + "last %d: median %.2f ms wall, %.2f ms CPU = %.0f certificates per CPU-second; bare page %.3f ms CPU "
                + "= %.0f per CPU-second; ratio %.1f %%%n", setUpMs, warmUp ? warmUpMs + " ms" : "none", firstMs,
                firstCpuMs, STEADY / 2, median(Arrays.copyOfRange(wall, STEADY / 2, STEADY)), certificateCpu,
                1000 / certificateCpu, bareCpu, 1000 / bareCpu, 100 * bareCpu / certificateCpu);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
