package org.mhfa.certificate;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.mhfa.platform.PlatformConfig;

/** Makes the certificate renderer (page size and logo from configuration) and the assembly that issuance uses. */
public class CertificateRendering {

    /** The logo is decoded and the fonts are parsed here, once per process. */
    @Produces
    @Singleton
    CertificatePdfRenderer renderer(CertificateConfig config) {
        CertificateLogo logo = config.logo().map(Path::of).map(CertificateLogo::fromFile).orElseGet(CertificateLogo::bundled);
        return new CertificatePdfRenderer(config.pageSize(), logo);
    }

    @Produces
    @Singleton
    CertificateAssembly assembly(CertificatePdfRenderer renderer, PdfSigner signer, OpenBadgeCredentials badges,
            PlatformConfig platform) {
        return new CertificateAssembly(renderer, signer, badges, platform.publicBaseUrl(), platform.organisationName());
    }
}
