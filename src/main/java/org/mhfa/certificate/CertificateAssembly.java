package org.mhfa.certificate;

/** The one way a certificate PDF is made, for real issuance and for samples alike: laid out, then signed. */
public final class CertificateAssembly {

    private final CertificatePdfRenderer renderer;
    private final PdfSigner signer;

    public CertificateAssembly(CertificatePdfRenderer renderer, PdfSigner signer) {
        this.renderer = renderer;
        this.signer = signer;
    }

    public byte[] signedPdf(CertificateDocument document) {
        return signer.sign(renderer.render(document));
    }
}
