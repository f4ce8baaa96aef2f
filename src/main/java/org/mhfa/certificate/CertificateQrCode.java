package org.mhfa.certificate;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** Draws the verification URL as a vector QR code (ZXing encodes it, PDFBox draws its modules as squares). */
final class CertificateQrCode {

    /** The white quiet zone around the symbol is this many modules wide. */
    static final int QUIET_ZONE_MODULES = 4;

    private static final CertificateColour INK = new CertificateColour(0x0c, 0x1f, 0x1e);
    private static final Map<EncodeHintType, Object> HINTS = hints();

    private CertificateQrCode() {
    }

    /**
     * The QR code as vector squares: a white quiet zone of four modules around the symbol, then one rectangle per
     * dark module and a single fill. {@code left}, {@code bottom} and {@code size} give the symbol itself.
     */
    static void draw(PDPageContentStream cs, String url, float left, float bottom, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("The verification URL cannot be encoded as a QR code", e);
        }
        int modules = matrix.getWidth();
        float m = size / modules;
        float quiet = QUIET_ZONE_MODULES * m;

        cs.setNonStrokingColor(1f, 1f, 1f);
        cs.addRect(left - quiet, bottom - quiet, size + 2 * quiet, size + 2 * quiet);
        cs.fill();

        INK.fill(cs);
        float top = bottom + size;
        for (int row = 0; row < modules; row++) {
            float y = top - (row + 1) * m;
            for (int col = 0; col < modules; col++) {
                if (matrix.get(col, row)) {
                    cs.addRect(left + col * m, y, m, m);
                }
            }
        }
        cs.fill();
    }

    private static Map<EncodeHintType, Object> hints() {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        // one fixed mask (all eight are valid): choosing the best by penalty score was a tenth of a certificate's time
        hints.put(EncodeHintType.QR_MASK_PATTERN, 2);
        return Map.copyOf(hints);
    }
}
