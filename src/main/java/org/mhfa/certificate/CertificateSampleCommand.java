package org.mhfa.certificate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mhfa.catalogue.ContentLoad;
import org.mhfa.catalogue.ContentLoader;
import org.mhfa.catalogue.Course;

/**
 * The {@code certificate-sample} subcommand: renders and signs a sample certificate through the same renderer and
 * signer as real issuance, for previewing a design and checking the output with independent tools.
 */
public final class CertificateSampleCommand {

    private static final String USAGE = "usage: certificate-sample --name \"<name>\" --course <course id> --out <file.pdf> "
            + "[--content <dir>] [--base-url <url>] [--organisation <name>] [--keystore <file.p12> --password <password>] "
            + "[--page-size A4|LETTER] [--logo <file.png|jpg>] [--instructor <name>]";

    private CertificateSampleCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Optional<Map<String, String>> parsed = options(args);
        if (parsed.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        Map<String, String> options = parsed.get();
        ContentLoad load = new ContentLoader().load(Path.of(options.getOrDefault("content", "content")));
        Course course = load.courses().stream().filter(c -> c.id().equals(options.get("course"))).findFirst().orElse(null);
        if (course == null) {
            err.println("no course '" + options.get("course") + "' in " + options.getOrDefault("content", "content") + "; courses: "
                    + String.join(", ", load.courses().stream().map(Course::id).toList()));
            return 1;
        }
        SigningKeys keys = signingKeys(options);
        String organisation = options.getOrDefault("organisation", "Community Mental Health First Aid");
        String baseUrl = options.getOrDefault("base-url", "http://localhost:8080");
        Certificate certificate = sampleCertificate(course, options.get("name"), options.get("instructor"));
        String pageSizeName = options.getOrDefault("page-size", "A4").toUpperCase(Locale.ROOT);
        if (Arrays.stream(CertificateConfig.PageSize.values()).noneMatch(size -> size.name().equals(pageSizeName))) {
            err.println("unknown page size '" + options.get("page-size") + "': A4 or LETTER");
            return 2;
        }
        try {
            CertificateAssembly assembly = assembly(CertificateConfig.PageSize.valueOf(pageSizeName), options, keys, organisation,
                    baseUrl);
            byte[] pdf = assembly.signedPdf(certificate, course.summary());
            Files.write(Path.of(options.get("out")), pdf);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("cannot write " + options.get("out") + ": " + e.getMessage());
            return 1;
        }
        out.printf("wrote %s: sample certificate %s for %s, %s (check it with: pdfsig %s)%n", options.get("out"),
                certificate.displayCode(), options.get("name"), course.title(), options.get("out"));
        return 0;
    }

    /** The {@code --key value} pairs, or nothing when the arguments do not follow the usage or lack a required option. */
    private static Optional<Map<String, String>> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                return Optional.empty();
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length % 2 != 0 || !options.containsKey("name") || !options.containsKey("course") || !options.containsKey("out")) {
            return Optional.empty();
        }
        return Optional.of(options);
    }

    /** The keystore given with {@code --keystore}, or the development key. */
    private static SigningKeys signingKeys(Map<String, String> options) {
        return options.containsKey("keystore")
                ? SigningKeys.fromPkcs12(Path.of(options.get("keystore")), options.getOrDefault("password", "").toCharArray(), null)
                : SigningKeys.developmentKey(Path.of("data/development-signing-key.p12"));
    }

    /** A certificate issued now for the course, as issuance would fill it in; it is never stored. */
    private static Certificate sampleCertificate(Course course, String holderName, String instructorName) {
        Certificate certificate = new Certificate();
        certificate.code = CertificateCode.generate();
        certificate.holderName = holderName;
        certificate.courseId = course.id();
        certificate.courseTitle = course.title();
        certificate.courseVersion = course.version();
        certificate.issuedAt = Instant.now();
        certificate.issuedOn = LocalDate.ofInstant(certificate.issuedAt, ZoneOffset.UTC);
        certificate.expiresOn = certificate.issuedOn.plusMonths(course.validityMonths());
        certificate.statusIndex = 0;
        certificate.competencies = String.join("\n", CourseCompetencies.labels(course));
        certificate.instructorName = instructorName;
        return certificate;
    }

    /** The renderer and signer of real issuance, with the logo given with {@code --logo} or the bundled one. */
    private static CertificateAssembly assembly(CertificateConfig.PageSize pageSize, Map<String, String> options, SigningKeys keys,
            String organisation, String baseUrl) {
        CertificateLogo logo = options.containsKey("logo") ? CertificateLogo.fromFile(Path.of(options.get("logo")))
                : CertificateLogo.bundled();
        return new CertificateAssembly(new CertificatePdfRenderer(pageSize, logo),
                new PdfSigner(keys, organisation, baseUrl, "Certificate of completion (sample)"),
                new OpenBadgeCredentials(baseUrl, organisation, keys), baseUrl, organisation);
    }
}
