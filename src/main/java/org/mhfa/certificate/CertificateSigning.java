package org.mhfa.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import org.mhfa.web.PlatformConfig;

/** Makes the certificate signer from configuration: the configured PKCS#12 keystore, or a development key. */
public class CertificateSigning {

    private static final Logger LOG = Logger.getLogger(CertificateSigning.class);

    @Produces
    @ApplicationScoped
    PdfSigner signer(CertificateConfig config, PlatformConfig platform) {
        CertificateConfig.Signing signing = config.signing();
        SigningKeys keys;
        if (signing.keystore().isPresent()) {
            keys = SigningKeys.fromPkcs12(Path.of(signing.keystore().get()), signing.password().orElse("").toCharArray(),
                    signing.alias().orElse(null));
        } else {
            LOG.warnf("No signing keystore configured (mhfa.certificate.signing.keystore): certificates are signed with a "
                    + "development key kept in %s. Configure a real key before issuing certificates people rely on.",
                    signing.developmentKey());
            keys = SigningKeys.developmentKey(Path.of(signing.developmentKey()));
        }
        return new PdfSigner(keys, platform.organisationName(), platform.publicBaseUrl(), "Certificate of completion");
    }
}
