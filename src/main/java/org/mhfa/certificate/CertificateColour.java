package org.mhfa.certificate;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** An RGB colour, set as the fill or stroke colour of a page's content stream. */
record CertificateColour(int r, int g, int b) {

    void fill(PDPageContentStream cs) throws IOException {
        cs.setNonStrokingColor(r / 255f, g / 255f, b / 255f);
    }

    void stroke(PDPageContentStream cs) throws IOException {
        cs.setStrokingColor(r / 255f, g / 255f, b / 255f);
    }
}
