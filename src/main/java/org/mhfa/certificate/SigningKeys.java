package org.mhfa.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** The private key that signs certificate PDFs and its X.509 certificate chain, signer certificate first. */
public final class SigningKeys {

    /** The password of the keystore that {@link #developmentKey(Path)} creates. */
    public static final String DEVELOPMENT_PASSWORD = "development";

    private static final String DEVELOPMENT_SUBJECT = "CN=MHFA Training development signing key, O=Development only";
    private static final int DEVELOPMENT_VALIDITY_YEARS = 10;
    private static final String DEVELOPMENT_ALIAS = "signing";

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    private SigningKeys(PrivateKey privateKey, List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("The signing key has no certificate");
        }
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.chain = List.copyOf(chain);
    }

    /**
     * Loads a key and its certificate chain from a PKCS#12 file.
     *
     * @param alias the key entry to use, or null for the first key entry in the file
     * @throws IllegalStateException if the file cannot be read, the password is wrong or there is no such key
     */
    public static SigningKeys fromPkcs12(Path file, char[] password, String alias) {
        KeyStore store = readKeyStore(file, password);
        try {
            String entry = alias != null ? alias : firstKeyAlias(store, file);
            if (!store.isKeyEntry(entry)) {
                throw new IllegalStateException("No key entry '" + entry + "' in signing keystore " + file);
            }
            PrivateKey key = (PrivateKey) store.getKey(entry, password);
            return new SigningKeys(key, x509Chain(store.getCertificateChain(entry), file));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing key in keystore " + file + ": " + e, e);
        }
    }

    /**
     * The development signing key: read from the PKCS#12 file (password {@value #DEVELOPMENT_PASSWORD}) if it
     * exists, otherwise generated as an RSA-2048 key with a self-signed certificate and saved there, readable by
     * the owner only where the file system supports it.
     */
    public static SigningKeys developmentKey(Path file) {
        char[] password = DEVELOPMENT_PASSWORD.toCharArray();
        if (Files.exists(file)) {
            return fromPkcs12(file, password, null);
        }
        SigningKeys generated = generateSelfSigned();
        return generated.saveUnlessPresent(file, password)
                ? generated
                : fromPkcs12(file, password, null);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The signer's certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The certificate chain, signer certificate first. */
    public List<X509Certificate> chain() {
        return chain;
    }

    private static KeyStore readKeyStore(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read signing keystore " + file + ": " + e.getMessage(), e);
        }
    }

    private static String firstKeyAlias(KeyStore store, Path file) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        throw new IllegalStateException("No key entry in signing keystore " + file);
    }

    private static List<X509Certificate> x509Chain(Certificate[] chain, Path file) {
        if (chain == null || chain.length == 0) {
            throw new IllegalStateException("The signing key in keystore " + file + " has no certificate");
        }
        return Arrays.stream(chain).map(X509Certificate.class::cast).toList();
    }

    private static SigningKeys generateSelfSigned() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKeys(pair.getPrivate(), List.of(selfSignedCertificate(pair)));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Cannot generate the development signing key", e);
        }
    }

    private static X509Certificate selfSignedCertificate(KeyPair pair)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        X500Principal subject = new X500Principal(DEVELOPMENT_SUBJECT);
        ZonedDateTime notBefore = Instant.now().minus(Duration.ofHours(1)).atZone(ZoneOffset.UTC);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(127, new SecureRandom()).add(BigInteger.ONE),
                Date.from(notBefore.toInstant()),
                Date.from(notBefore.plusYears(DEVELOPMENT_VALIDITY_YEARS).toInstant()), subject, pair.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(pair.getPublic()));
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    /** Saves the key as PKCS#12; returns false, saving nothing, if another process created the file first. */
    private boolean saveUnlessPresent(Path file, char[] password) {
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, ".signing-", ".p12.tmp", ownerOnly(directory));
            try (OutputStream out = Files.newOutputStream(temporary)) {
                toKeyStore(password).store(out, password);
            }
            Files.move(temporary, file);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot save the development signing keystore " + file + ": " + e, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private KeyStore toKeyStore(char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(DEVELOPMENT_ALIAS, privateKey, password, chain.toArray(new Certificate[0]));
        return store;
    }

    private static FileAttribute<?>[] ownerOnly(Path directory) {
        if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // a left-over temporary file holds nothing the keystore itself does not
        }
    }
}
