package org.mhfa.certificate;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The organisation's logo as certificates print it: a PNG or JPEG decoded, scaled down to print resolution and
 * compressed once per process; each PDF then gets the ready-made image streams (colour plus, for transparent
 * images, a soft mask) without decoding or compressing anything again. Immutable and thread-safe.
 */
public final class CertificateLogo {

    /** The logo bundled with the platform, used when none is configured. */
    public static final String BUNDLED = "/certificate/logo.png";

    /** The largest logo kept: about 330 dpi for the largest space certificates give a logo. */
    private static final int MAX_WIDTH_PX = 560;
    private static final int MAX_HEIGHT_PX = 240;

    private final int width;
    private final int height;
    private final byte[] colour;
    private final byte[] alpha;

    private CertificateLogo(int width, int height, byte[] colour, byte[] alpha) {
        this.width = width;
        this.height = height;
        this.colour = colour;
        this.alpha = alpha;
    }

    /** The bundled logo, decoded once per process. */
    public static CertificateLogo bundled() {
        return Bundled.LOGO;
    }

    private static final class Bundled {
        static final CertificateLogo LOGO = readBundled();
    }

    private static CertificateLogo readBundled() {
        try (InputStream in = CertificateLogo.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Missing logo resource " + BUNDLED);
            }
            return decode(in.readAllBytes(), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bundled logo", e);
        }
    }

    /**
     * A logo from a PNG or JPEG file.
     *
     * @throws IllegalArgumentException if the file cannot be read or is not a PNG or JPEG image
     */
    public static CertificateLogo fromFile(Path file) {
        try {
            return decode(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the certificate logo " + file + ": " + e.getMessage(), e);
        }
    }

    static CertificateLogo decode(byte[] bytes, String source) {
        if (!isPng(bytes) && !isJpeg(bytes)) {
            throw new IllegalArgumentException("The certificate logo " + source + " is not a PNG or JPEG image");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot decode the certificate logo " + source + ": " + e.getMessage(), e);
        }
        if (image == null) {
            throw new IllegalArgumentException("Cannot decode the certificate logo " + source);
        }
        image = scaledDown(image);
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] rgb = new byte[w * h * 3];
        byte[] a = new byte[w * h];
        boolean transparent = false;
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            rgb[3 * i] = (byte) (p >>> 16);
            rgb[3 * i + 1] = (byte) (p >>> 8);
            rgb[3 * i + 2] = (byte) p;
            a[i] = (byte) (p >>> 24);
            transparent |= (p >>> 24) != 0xff;
        }
        return new CertificateLogo(w, h, deflate(rgb), transparent ? deflate(a) : null);
    }

    /** Width in pixels (after scaling down to print resolution). */
    public int pixelWidth() {
        return width;
    }

    public int pixelHeight() {
        return height;
    }

    /** True when the logo has transparent parts (printed through a soft mask). */
    public boolean hasTransparency() {
        return alpha != null;
    }

    /** The logo as an image XObject of the document, made from the compressed streams kept in memory. */
    public PDImageXObject image(PDDocument document) throws IOException {
        PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(colour), COSName.FLATE_DECODE,
                width, height, 8, PDDeviceRGB.INSTANCE);
        if (alpha != null) {
            PDImageXObject mask = new PDImageXObject(document, new ByteArrayInputStream(alpha), COSName.FLATE_DECODE,
                    width, height, 8, PDDeviceGray.INSTANCE);
            image.getCOSObject().setItem(COSName.SMASK, mask);
        }
        return image;
    }

    private static BufferedImage scaledDown(BufferedImage image) {
        double scale = Math.min(1.0, Math.min((double) MAX_WIDTH_PX / image.getWidth(), (double) MAX_HEIGHT_PX / image.getHeight()));
        if (scale >= 1.0 && image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage scaled = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream deflating = new DeflaterOutputStream(out, deflater)) {
            deflating.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8;
    }
}
