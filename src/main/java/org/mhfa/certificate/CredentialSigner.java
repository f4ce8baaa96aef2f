package org.mhfa.certificate;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Signs verifiable credentials as VC-JWTs (W3C VC-JOSE-COSE: the credential is the JWS payload, {@code typ}
 * {@code vc+jwt}, {@code cty} {@code vc}) with the platform's signing key: RS256 for RSA, ES256/ES384/ES512 for EC
 * P-256/P-384/P-521; thread-safe.
 */
public final class CredentialSigner {

    /** The JOSE {@code typ} of a VC secured with JOSE. */
    public static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");
    /** The JOSE {@code cty} of a VC secured with JOSE. */
    public static final String VC_CONTENT_TYPE = "vc";

    private final JWSSigner signer;
    private final JWSAlgorithm algorithm;
    private final JWK publicJwk;

    /**
     * @throws IllegalArgumentException if the key is neither RSA (at least 2048 bits) nor EC on P-256, P-384 or P-521
     */
    public CredentialSigner(SigningKeys keys) {
        Objects.requireNonNull(keys, "keys");
        PublicKey publicKey = keys.certificate().getPublicKey();
        List<Base64> chain = x5c(keys.chain());
        try {
            if (publicKey instanceof RSAPublicKey rsa) {
                algorithm = JWSAlgorithm.RS256;
                signer = new RSASSASigner(keys.privateKey());
                publicJwk = new RSAKey.Builder(rsa).keyUse(KeyUse.SIGNATURE).algorithm(algorithm)
                        .x509CertChain(chain).keyIDFromThumbprint().build();
            } else if (publicKey instanceof ECPublicKey ec && keys.privateKey() instanceof ECPrivateKey ecPrivate) {
                Curve curve = Curve.forECParameterSpec(ec.getParams());
                algorithm = curve == null ? null : switch (curve.getName()) {
                    case "P-256" -> JWSAlgorithm.ES256;
                    case "P-384" -> JWSAlgorithm.ES384;
                    case "P-521" -> JWSAlgorithm.ES512;
                    default -> null;
                };
                if (algorithm == null) {
                    throw new IllegalArgumentException("Unsupported EC curve for credentials (P-256, P-384 or P-521 expected)");
                }
                signer = new ECDSASigner(ecPrivate);
                publicJwk = new ECKey.Builder(curve, ec).keyUse(KeyUse.SIGNATURE).algorithm(algorithm)
                        .x509CertChain(chain).keyIDFromThumbprint().build();
            } else {
                throw new IllegalArgumentException("Unsupported signing key algorithm " + publicKey.getAlgorithm()
                        + " (RSA or EC expected)");
            }
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The signing key cannot sign credentials: " + e.getMessage(), e);
        }
    }

    /** Signs the JSON text as the payload of a compact JWS with {@code alg}, {@code kid}, {@code typ} and {@code cty}. */
    public String sign(String payloadJson) {
        JWSHeader header = new JWSHeader.Builder(algorithm).keyID(publicJwk.getKeyID()).type(VC_JWT)
                .contentType(VC_CONTENT_TYPE).build();
        JWSObject jws = new JWSObject(header, new Payload(payloadJson));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the credential", e);
        }
        return jws.serialize();
    }

    public JWSAlgorithm algorithm() {
        return algorithm;
    }

    /** The key id: the RFC 7638 JWK thumbprint (SHA-256) of the public key. */
    public String keyId() {
        return publicJwk.getKeyID();
    }

    /** The public key as a JWK, with its X.509 chain ({@code x5c}). */
    public JWK publicJwk() {
        return publicJwk;
    }

    /** The public key set verifiers fetch. */
    public JWKSet publicJwks() {
        return new JWKSet(publicJwk);
    }

    private static List<Base64> x5c(List<X509Certificate> chain) {
        List<Base64> encoded = new ArrayList<>(chain.size());
        for (X509Certificate certificate : chain) {
            try {
                encoded.add(Base64.encode(certificate.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException("The signing certificate cannot be encoded", e);
            }
        }
        return encoded;
    }
}
