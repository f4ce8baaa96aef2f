package org.mhfa.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import org.mhfa.platform.PlatformConfig;

/** Makes the certificate signer from configuration: the configured PKCS#12 keystore, or a development key. */
public class CertificateSigning {

    private static final Logger LOG = Logger.getLogger(CertificateSigning.class);

    /** The one signing key of the platform: it signs the PDFs and the Open Badges credentials. */
    @Produces
    @Singleton
    SigningKeys signingKeys(CertificateConfig config) {
        CertificateConfig.Signing signing = config.signing();
        if (signing.keystore().isPresent()) {
            return SigningKeys.fromPkcs12(Path.of(signing.keystore().get()), signing.password().orElse("").toCharArray(),
                    signing.alias().orElse(null));
        }
        LOG.warnf("No signing keystore configured (mhfa.certificate.signing.keystore): certificates are signed with a "
                + "development key kept in %s. Configure a real key before issuing certificates people rely on.",
                signing.developmentKey());
        return SigningKeys.developmentKey(Path.of(signing.developmentKey()));
    }

    @Produces
    @ApplicationScoped
    PdfSigner signer(SigningKeys keys, PlatformConfig platform) {
        return new PdfSigner(keys, platform.organisationName(), platform.publicBaseUrl(), "Certificate of completion");
    }
}
