package org.mhfa.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/** Fills in a certificate PDF's document information and viewer preferences, and embeds its attached files. */
final class CertificatePdfMetadata {

    private CertificatePdfMetadata() {
    }

    /** Title, author, subject, creator and creation date; readers show the title rather than the file name. */
    static void describe(PDDocument pdf, CertificateContent c) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle("Certificate " + c.displayCode());
        info.setAuthor(c.organisationName());
        info.setSubject(c.courseTitle());
        info.setCreator(c.organisationName());
        info.setCreationDate(new GregorianCalendar());
        PDViewerPreferences prefs = new PDViewerPreferences(pdf.getDocumentCatalog().getCOSObject());
        prefs.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(prefs);
    }

    /**
     * Embeds the files: each in the EmbeddedFiles name tree (what PDF readers list as attachments) and in the
     * catalogue's associated files ({@code /AF}), with its media type, size, dates and relationship to the document.
     */
    static void attach(PDDocument pdf, List<CertificateDocument.Attachment> attachments) throws IOException {
        if (attachments.isEmpty()) {
            return;
        }
        GregorianCalendar now = new GregorianCalendar();
        Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
        COSArray associated = new COSArray();
        for (CertificateDocument.Attachment attachment : attachments) {
            PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(attachment.content()),
                    COSName.FLATE_DECODE);
            file.setSubtype(attachment.mimeType());
            file.setSize(attachment.content().length);
            file.setCreationDate(now);
            file.setModDate(now);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(attachment.fileName());
            spec.setFileUnicode(attachment.fileName());
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            if (attachment.description() != null) {
                spec.setFileDescription(attachment.description());
            }
            spec.getCOSObject().setName(COSName.AF_RELATIONSHIP, attachment.relationship());
            files.put(attachment.fileName(), spec);
            associated.add(spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(files);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        pdf.getDocumentCatalog().setNames(names);
        pdf.getDocumentCatalog().getCOSObject().setItem(COSName.AF, associated);
    }
}
