package org.mhfa.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;

/**
 * Signs certificate PDFs as PAdES baseline B-B (a detached CAdES signature in an incremental update) and checks
 * such signatures; thread-safe.
 */
public final class PdfSigner {

    private static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    /** Room reserved for the CMS in the signature dictionary, in bytes (written as twice as many hex digits). */
    private static final int MIN_SIGNATURE_SIZE = 6 * 1024;
    /** Room for the signature value, the signed attributes and the CMS structure besides the certificates. */
    private static final int SIGNATURE_OVERHEAD = 4 * 1024;

    private final SigningKeys keys;
    private final String name;
    private final String location;
    private final String reason;
    private final String signatureAlgorithm;
    private final X509CertificateHolder signerCertificate;
    private final Store<X509CertificateHolder> certificates;
    private final AttributeTable essAttributes;
    private final int signatureSize;

    /**
     * @param name     the signer's name shown by PDF readers, e.g. the organisation
     * @param location where the signing happens, e.g. the platform's host name (may be null)
     * @param reason   why the document is signed (may be null)
     * @throws IllegalArgumentException if the key is neither RSA nor EC
     */
    public PdfSigner(SigningKeys keys, String name, String location, String reason) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.name = Objects.requireNonNull(name, "name");
        this.location = location;
        this.reason = reason;
        this.signatureAlgorithm = signatureAlgorithm(keys.privateKey().getAlgorithm());
        try {
            this.signerCertificate = new JcaX509CertificateHolder(keys.certificate());
            this.certificates = new JcaCertStore(keys.chain());
            this.essAttributes = new AttributeTable(signingCertificateV2(signerCertificate));
            this.signatureSize = Math.max(MIN_SIGNATURE_SIZE, encodedLength(keys.chain()) + SIGNATURE_OVERHEAD);
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("The signing certificate cannot be encoded", e);
        }
    }

    /**
     * Signs the PDF.
     *
     * @return the signed PDF: the input unchanged, followed by an incremental update with the signature
     * @throws UncheckedIOException if the input is not a PDF or the signature cannot be written
     */
    public byte[] sign(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        try (PDDocument document = Loader.loadPDF(pdf);
                SignatureOptions options = new SignatureOptions()) {
            options.setPreferredSignatureSize(signatureSize);
            document.addSignature(signatureDictionary(), this::cms, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * signatureSize + 4096);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not sign the PDF", e);
        }
    }

    /**
     * Whether the last signature of the PDF is intact: it covers the whole file, its message digest matches the
     * signed byte ranges and its signature value verifies with the certificate embedded in it. Says nothing about
     * who signed: anyone's key passes. Never throws on malformed input.
     */
    public static boolean verify(byte[] signedPdf) {
        return intactSigner(signedPdf).isPresent();
    }

    /** Whether the last signature of the PDF is intact (see {@link #verify(byte[])}) and made with this certificate. */
    public static boolean verify(byte[] signedPdf, X509Certificate expectedSigner) {
        try (PDDocument document = Loader.loadPDF(signedPdf)) {
            return verify(document, signedPdf, expectedSigner);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The same check on a document the caller has already loaded from {@code signedPdf} (for instance with limits on
     * what loading it may cost), so that the file is not parsed a second time.
     */
    public static boolean verify(PDDocument document, byte[] signedPdf, X509Certificate expectedSigner) {
        try {
            byte[] expected = expectedSigner.getEncoded();
            return intactSigner(document, signedPdf).filter(signer -> Arrays.equals(signer, expected)).isPresent();
        } catch (CertificateEncodingException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Signing

    private PDSignature signatureDictionary() {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(CADES_DETACHED);
        signature.setName(name);
        signature.setLocation(location);
        signature.setReason(reason);
        signature.setSignDate(new GregorianCalendar(TimeZone.getTimeZone("UTC")));
        return signature;
    }

    /** The {@link SignatureInterface}: a detached CMS over the signed byte ranges. */
    private byte[] cms(InputStream content) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .setSignedAttributeGenerator(signedAttributes())
                            .build(new JcaContentSignerBuilder(signatureAlgorithm).build(keys.privateKey()),
                                    signerCertificate));
            generator.addCertificates(certificates);
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException e) {
            throw new IOException("Could not create the CMS signature", e);
        }
    }

    /**
     * Content type, message digest, algorithm protection and ESS signing-certificate-v2; no signing time, which
     * PAdES baseline signatures carry in the signature dictionary's /M instead.
     */
    private CMSAttributeTableGenerator signedAttributes() {
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(essAttributes);
        return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }

    private static Attribute signingCertificateV2(X509CertificateHolder certificate) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(certificate.getIssuer())),
                    certificate.getSerialNumber());
            SigningCertificateV2 value = new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial));
            return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(value));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("The signing certificate cannot be encoded", e);
        }
    }

    private static String signatureAlgorithm(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException("Unsupported signing key algorithm " + keyAlgorithm
                    + " (RSA or EC expected)");
        };
    }

    private static int encodedLength(List<X509Certificate> chain) throws CertificateEncodingException {
        int length = 0;
        for (X509Certificate certificate : chain) {
            length += certificate.getEncoded().length;
        }
        return length;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Verifying

    /** The encoded certificate that made the last signature, if that signature is intact. */
    private static Optional<byte[]> intactSigner(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return intactSigner(document, pdf);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> intactSigner(PDDocument document, byte[] pdf) {
        try {
            PDSignature signature = document.getLastSignatureDictionary();
            if (signature == null || !coversWholeFile(signature.getByteRange(), pdf)) {
                return Optional.empty();
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    contentInfo(signature.getContents(pdf)));
            return verifiedSigner(cms);
        } catch (IOException | CMSException | OperatorCreationException | GeneralSecurityException
                | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Two ranges, from the start of the file to its end, with only the hex string /Contents between them. */
    private static boolean coversWholeFile(int[] range, byte[] pdf) {
        return range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1] + 1 && range[3] >= 0
                && (long) range[2] + range[3] == pdf.length
                && pdf[range[1]] == '<' && pdf[range[2] - 1] == '>';
    }

    /** The CMS without the zero padding after it, which {@code new CMSSignedData(byte[])} rejects. */
    private static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static Optional<byte[]> verifiedSigner(CMSSignedData cms)
            throws CMSException, OperatorCreationException, GeneralSecurityException, IOException {
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return Optional.empty();
        }
        SignerInformation signer = signers.iterator().next();
        List<X509CertificateHolder> matches = cms.getCertificates().getMatches(null).stream()
                .filter(signer.getSID()::match).toList();
        if (matches.size() != 1) {
            return Optional.empty();
        }
        X509CertificateHolder certificate = matches.get(0);
        boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        return valid ? Optional.of(certificate.getEncoded()) : Optional.empty();
    }
}
