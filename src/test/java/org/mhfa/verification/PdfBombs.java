package org.mhfa.verification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/** Small PDFs whose streams unpack to far more than they weigh, to show that checking an upload stops early. */
final class PdfBombs {

    /** 50 MB, the size the tests' streams unpack to. */
    static final int FIFTY_MB = 50 * 1024 * 1024;

    private PdfBombs() {
    }

    /** {@code size} copies of {@code fill}, zlib-deflated at the highest level (about 1000 : 1), without holding them. */
    static byte[] deflated(long size, byte fill) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, fill);
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION), 64 * 1024)) {
            for (long written = 0; written < size; written += chunk.length) {
                deflater.write(chunk, 0, (int) Math.min(chunk.length, size - written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A one-page PDF carrying an attachment ("credential.json") whose stream unpacks to 50 MB of zeros. */
    static byte[] embeddedFileBomb() {
        return withDocument((document, page) -> {
            PDEmbeddedFile file = new PDEmbeddedFile(rawStream(document, deflated(FIFTY_MB, (byte) 0), COSName.FLATE_DECODE));
            PDComplexFileSpecification specification = new PDComplexFileSpecification();
            specification.setFile("credential.json");
            specification.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("credential.json", specification));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        });
    }

    /** A one-page PDF whose page content unpacks to 50 MB of spaces. */
    static byte[] pageContentBomb() {
        return withDocument((document, page) -> page.getCOSObject().setItem(COSName.CONTENTS,
                rawStream(document, deflated(FIFTY_MB, (byte) ' '), COSName.FLATE_DECODE)));
    }

    /** A one-page PDF whose page content is deflated twice: 50 MB of spaces, the deflated bytes deflated again. */
    static byte[] doublyDeflatedPageBomb() {
        return withDocument((document, page) -> {
            COSArray filters = new COSArray();
            filters.add(COSName.FLATE_DECODE);
            filters.add(COSName.FLATE_DECODE);
            page.getCOSObject().setItem(COSName.CONTENTS, rawStream(document, deflate(deflated(FIFTY_MB, (byte) ' ')), filters));
        });
    }

    /**
     * A PDF whose page tree is kept in an object stream that unpacks to 50 MB (the objects, then spaces), found through a
     * cross-reference stream: PDFBox unpacks object streams itself, as soon as an object in them is needed.
     */
    static byte[] objectStreamBomb() {
        byte[] objects = "2 0 << /Type /Pages /Kids [] /Count 0 >>".getBytes(StandardCharsets.US_ASCII);
        byte[] body = deflatedWithPadding(objects, FIFTY_MB);
        return RawPdf.withXrefStream(body, "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", false);
    }

    /** A PDF whose cross-reference stream, which PDFBox unpacks while loading, unpacks to 50 MB. */
    static byte[] xrefStreamBomb() {
        return RawPdf.withXrefStream(null, null, true);
    }

    /** A plain one-page PDF saved as PDFBox saves by default (object streams and a compressed cross-reference stream). */
    static byte[] ordinary() {
        return withDocument((document, page) -> document.getDocumentInformation().setTitle("Holiday photos"));
    }

    static byte[] deflate(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            deflater.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code head} followed by spaces up to {@code size} bytes, deflated. */
    static byte[] deflatedWithPadding(byte[] head, long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] spaces = new byte[64 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION), 64 * 1024)) {
            deflater.write(head);
            for (long written = head.length; written < size; written += spaces.length) {
                deflater.write(spaces, 0, (int) Math.min(spaces.length, size - written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static COSStream rawStream(PDDocument document, byte[] encoded, org.apache.pdfbox.cos.COSBase filter) {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(encoded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stream.setItem(COSName.FILTER, filter);
        return stream;
    }

    private interface Shaping {
        void shape(PDDocument document, PDPage page) throws IOException;
    }

    private static byte[] withDocument(Shaping shaping) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            shaping.shape(document, page);
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a PDF by hand, for the structures PDFBox's writer will not produce. */
    private static final class RawPdf {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        private void text(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        }

        /**
         * Catalog (1), pages (2, in the object stream 3 when there is one), and the cross-reference stream 4; its data is
         * deflated and padded to 50 MB when {@code bombXref}.
         */
        static byte[] withXrefStream(byte[] objectStream, String objectStreamDictionary, boolean bombXref) {
            RawPdf pdf = new RawPdf();
            pdf.text("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
            int catalog = pdf.out.size();
            pdf.text("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
            int pages = pdf.out.size();
            if (objectStream == null) {
                pdf.text("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n");
            } else {
                pdf.text("3 0 obj\n<< " + objectStreamDictionary + " /Length " + objectStream.length + " >>\nstream\n");
                pdf.out.writeBytes(objectStream);
                pdf.text("\nendstream\nendobj\n");
            }
            int xref = pdf.out.size();
            ByteArrayOutputStream entries = new ByteArrayOutputStream();
            entry(entries, 0, 0, 65535);
            entry(entries, 1, catalog, 0);
            if (objectStream == null) {
                entry(entries, 1, pages, 0);
                entry(entries, 0, 0, 0);
            } else {
                entry(entries, 2, 3, 0);
                entry(entries, 1, pages, 0);
            }
            entry(entries, 1, xref, 0);
            byte[] data = bombXref ? deflatedWithPadding(entries.toByteArray(), FIFTY_MB) : deflate(entries.toByteArray());
            pdf.text("4 0 obj\n<< /Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length " + data.length
                    + " >>\nstream\n");
            pdf.out.writeBytes(data);
            pdf.text("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
            return pdf.out.toByteArray();
        }

        private static void entry(ByteArrayOutputStream entries, int type, long field2, int field3) {
            entries.write(type);
            for (int shift = 24; shift >= 0; shift -= 8) {
                entries.write((int) (field2 >>> shift) & 0xff);
            }
            entries.write((field3 >>> 8) & 0xff);
            entries.write(field3 & 0xff);
        }
    }
}
