package org.mhfa.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Certificates per second through the whole issuing path (credential signed as a VC-JWT, layout, font subsets, QR
 * code, logo, embedded credential, PAdES signature), against a bare one-line PDFBox page in the same JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class CertificateBenchmark {

    private static final String[] NAMES = {"Alex Morgan", "Zoë Ångström-Łukasiewicz", "Γιώργος Παπαδόπουλος",
        "Анна Иванова", "Sam Okafor", "Priya Shah", "Jordan Reyes", "Chris Lindqvist"};

    private CertificateAssembly assembly;
    private final AtomicInteger next = new AtomicInteger();
    private PDType1Font helvetica;

    @Setup
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("certificate-benchmark");
        SigningKeys keys = SigningKeys.developmentKey(dir.resolve("key.p12"));
        String baseUrl = "https://training.example.org";
        String organisation = "Community Mental Health First Aid";
        assembly = new CertificateAssembly(new CertificatePdfRenderer(), new PdfSigner(keys, organisation, baseUrl,
                "Certificate of completion"), new OpenBadgeCredentials(baseUrl, organisation, keys), baseUrl, organisation);
        helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** A certificate as issuance makes it, with a fresh code and one of several names. */
    static Certificate certificate(int n) {
        Certificate certificate = new Certificate();
        certificate.code = CertificateCode.generate();
        certificate.holderName = NAMES[n % NAMES.length];
        certificate.courseId = "community-crisis-support";
        certificate.courseTitle = "Community Crisis Support";
        certificate.courseVersion = "955707c7ae03";
        certificate.issuedAt = Instant.now();
        certificate.issuedOn = LocalDate.now(ZoneOffset.UTC);
        certificate.expiresOn = certificate.issuedOn.plusMonths(36);
        certificate.statusIndex = n & 0xffff;
        certificate.competencies = String.join("\n", "Approach and assess for risk", "Listen non-judgementally",
                "Give support and information", "Encourage professional help", "Encourage other supports");
        certificate.instructorName = "Priya Shah";
        return certificate;
    }

    @Benchmark
    public byte[] wholeCertificate() {
        return assembly.signedPdf(certificate(next.getAndIncrement()), "A course summary.");
    }

    /** The bulk case: both cores issuing at once. */
    @Benchmark
    @Threads(2)
    public byte[] wholeCertificateOnTwoThreads() {
        return assembly.signedPdf(certificate(next.getAndIncrement()), "A course summary.");
    }

    /** The yardstick: an A4 landscape page with one line in a standard font, saved. */
    @Benchmark
    public byte[] barePage() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.beginText();
                cs.setFont(helvetica, 24);
                cs.newLineAtOffset(72, 300);
                cs.showText("Certificate of Completion");
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
