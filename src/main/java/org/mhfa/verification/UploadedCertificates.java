package org.mhfa.verification;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.mhfa.certificate.Certificate;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.certificate.PdfSigner;
import org.mhfa.certificate.SigningKeys;

/**
 * Checks an uploaded certificate PDF: is its PAdES signature ours and intact (covering the whole file but the signature
 * itself), which code does it carry (from the embedded credential, else the document title, else the page text), and
 * does what it shows match the registry? The registry, not the file, decides the status. Anyone may upload, so reading a
 * file is held to an {@link UploadBudget} (what its streams unpack to, its objects and streams, the time) and only a few
 * files are read at once ({@link UploadGate}).
 */
@ApplicationScoped
public class UploadedCertificates {

    /** The largest upload accepted. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Pattern DISPLAY_CODE = Pattern.compile("\\b[0-9A-Z]{5}(?:-[0-9A-Z]{5}){4}-[0-9A-Z*~$=]");
    private static final Pattern CREDENTIAL_CODE = Pattern.compile("/(?:credentials|verify)/([0-9A-Za-z*~$=-]{26,31})");
    private static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final int MAX_EMBEDDED_BYTES = 256 * 1024;

    private final SigningKeys keys;
    private final VerificationService verification;
    private final UploadGate gate;
    private final UploadLimits limits;

    UploadedCertificates(SigningKeys keys, VerificationService verification, UploadGate gate, VerificationConfig config) {
        this.keys = keys;
        this.verification = verification;
        this.gate = gate;
        this.limits = UploadLimits.of(config.upload());
    }

    /** True when the bytes start like a PDF file (the header may follow up to 1 KB of leading junk, as readers allow). */
    public static boolean looksLikePdf(byte[] bytes) {
        int limit = Math.min(bytes.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks a PDF and records the verification on the public page's channel.
     *
     * @throws IllegalArgumentException when the bytes are not a PDF that can be read
     * @throws UploadRefusedException when reading the file would cost more than its budget, or it is encrypted
     * @throws UploadsBusyException when every place for checking files is taken
     */
    public UploadCheck check(byte[] pdf, ClientNetwork network) {
        Reading reading;
        try (UploadGate.Place place = gate.enter()) {
            reading = read(pdf);
        }
        boolean signedByUs = reading.signedByUs();
        Optional<String> code = reading.code();
        Optional<Verification> found = code.isEmpty() ? Optional.empty()
                : verification.verify(code.get(), VerificationChannel.PUBLIC_PAGE, null, network);
        if (found.isEmpty()) {
            if (code.isEmpty()) {
                verification.verify("", VerificationChannel.PUBLIC_PAGE, null, network);
            }
            if (reading.signerIsOurs() && !signedByUs) {
                return new UploadCheck(UploadVerdict.TAMPERED, "The file carries our signature, but it has been changed since we signed it.",
                        null, List.of());
            }
            return new UploadCheck(UploadVerdict.NOT_OURS, signedByUs
                    ? "The file is signed with our key, but its code is not in the registry (for example a sample certificate)."
                    : "The file is not a certificate issued by us: it carries neither our signature nor a code from our registry.",
                    null, List.of());
        }
        Verification record = found.get();
        if (!signedByUs) {
            return new UploadCheck(UploadVerdict.TAMPERED, reading.signerIsOurs()
                    ? "The file has been changed since we signed it. Trust the registry's record below, not the file."
                    : "The file carries one of our codes but not our intact signature, so it is not an original we issued. "
                            + "Trust the registry's record below, not the file.",
                    record, differences(reading.text(), code.get()));
        }
        List<String> differences = differences(reading.text(), code.get());
        if (!differences.isEmpty()) {
            return new UploadCheck(UploadVerdict.TAMPERED, "The file's signature is ours, but what it shows differs from the registry.",
                    record, differences);
        }
        return record.status().current()
                ? new UploadCheck(UploadVerdict.GENUINE_CURRENT, "The file is an unchanged certificate we issued, and it is current.",
                        record, List.of())
                : new UploadCheck(UploadVerdict.GENUINE_NOT_CURRENT, "The file is an unchanged certificate we issued, but it is no longer current: "
                        + record.status().label().toLowerCase(Locale.ROOT) + ".", record, List.of());
    }

    /** What the printed certificate should show, compared with the file's text; the names of the parts that differ. */
    private List<String> differences(String text, String code) {
        Optional<Certificate> certificate = verification.certificate(code);
        if (certificate.isEmpty()) {
            return List.of();
        }
        Certificate c = certificate.get();
        String printed = squeeze(text);
        List<String> differences = new ArrayList<>();
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("holder's name", c.holderName);
        expected.put("course", c.courseTitle);
        expected.put("issue date", date(c.issuedOn));
        expected.put("expiry date", date(c.expiresOn));
        expected.put("certificate code", c.displayCode());
        expected.forEach((part, value) -> {
            if (!printed.contains(squeeze(value))) {
                differences.add(part);
            }
        });
        return differences;
    }

    private static String date(LocalDate day) {
        return PRINTED_DATE.format(day);
    }

    private static String squeeze(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private Reading read(byte[] pdf) {
        UploadBudget budget = new UploadBudget(limits);
        try (PDDocument document = BoundedPdfParser.load(pdf, budget)) {
            boolean signerIsOurs = signerIsOurs(document, pdf);
            boolean signedByUs = signerIsOurs && PdfSigner.verify(document, pdf, keys.certificate());
            String text = text(document, budget);
            Optional<String> code = credentialCode(document, budget)
                    .or(() -> displayCode(document.getDocumentInformation().getTitle()))
                    .or(() -> displayCode(text));
            budget.verify();
            return new Reading(signerIsOurs, signedByUs, code, text);
        } catch (UploadRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("The file is not a PDF that can be read.", e);
        }
    }

    /** Whether the last signature names our signing certificate as its signer (whether or not it still verifies). */
    private boolean signerIsOurs(PDDocument document, byte[] pdf) {
        try {
            PDSignature signature = document.getLastSignatureDictionary();
            if (signature == null) {
                return false;
            }
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
                info = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(info);
            byte[] ours = keys.certificate().getEncoded();
            for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
                for (X509CertificateHolder certificate : cms.getCertificates().getMatches(null)) {
                    if (signer.getSID().match(certificate) && Arrays.equals(certificate.getEncoded(), ours)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (UploadRefusedException e) {
            throw e;
        } catch (IOException | CertificateEncodingException | org.bouncycastle.cms.CMSException | RuntimeException e) {
            return false;
        }
    }

    /** The text of the first two pages; the budget's clock is checked before every content-stream operator. */
    private static String text(PDDocument document, UploadBudget budget) {
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                    budget.checkTime();
                    super.processOperator(operator, operands);
                }
            };
            stripper.setEndPage(2);
            return stripper.getText(document);
        } catch (UploadRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /**
     * The code in an embedded credential (a VC-JWT or JSON naming {@code .../credentials/CODE}), if there is one. Files
     * that unpack to more than a credential ever is are passed over, having been unpacked no further than that.
     */
    private static Optional<String> credentialCode(PDDocument document, UploadBudget budget) {
        try {
            PDEmbeddedFilesNameTreeNode files = document.getDocumentCatalog().getNames() == null ? null
                    : document.getDocumentCatalog().getNames().getEmbeddedFiles();
            if (files == null) {
                return Optional.empty();
            }
            List<PDComplexFileSpecification> specifications = new ArrayList<>();
            if (files.getNames() != null) {
                specifications.addAll(files.getNames().values());
            }
            if (files.getKids() != null) {
                for (var kid : files.getKids()) {
                    if (kid.getNames() != null) {
                        specifications.addAll(kid.getNames().values());
                    }
                }
            }
            for (PDComplexFileSpecification specification : specifications) {
                PDEmbeddedFile file = specification.getEmbeddedFile();
                Optional<byte[]> content = file == null ? Optional.empty() : budget.read(file.getCOSObject(), MAX_EMBEDDED_BYTES);
                Optional<String> code = content.flatMap(bytes -> codeInCredential(new String(bytes, StandardCharsets.UTF_8)));
                if (code.isPresent()) {
                    return code;
                }
            }
            return Optional.empty();
        } catch (UploadRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The code named in a credential: a compact JWT's payload is decoded first. */
    static Optional<String> codeInCredential(String content) {
        String json = content.strip();
        String[] parts = json.split("\\.");
        if (parts.length == 3 && !json.startsWith("{")) {
            try {
                json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        Matcher matcher = CREDENTIAL_CODE.matcher(json);
        while (matcher.find()) {
            Optional<String> code = CertificateCode.normalise(matcher.group(1));
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> displayCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = DISPLAY_CODE.matcher(text);
        while (matcher.find()) {
            Optional<String> code = CertificateCode.normalise(matcher.group());
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }

    private record Reading(boolean signerIsOurs, boolean signedByUs, Optional<String> code, String text) {
    }
}
