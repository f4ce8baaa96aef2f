package org.mhfa.verification;

import java.io.IOException;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.mhfa.verification.UploadRefusedException.Reason;

/**
 * PDFBox's parser held to an {@link UploadBudget}: every stream is measured the moment it is parsed (cross-reference and
 * object streams, which PDFBox unpacks itself while loading, included) and every object counted, so nothing PDFBox later
 * decodes can be larger than the budget allowed. Strict rather than lenient: the lenient parser's repair searches decode
 * object streams with a parser of their own, out of the budget's reach. Encrypted files are refused, since their streams
 * can only be measured after decryption.
 */
final class BoundedPdfParser extends PDFParser {

    private final UploadBudget budget;

    private BoundedPdfParser(byte[] pdf, UploadBudget budget) throws IOException {
        super(new RandomAccessReadBuffer(pdf), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(budget.limits().maxStreamBytes()).streamCache);
        this.budget = budget;
    }

    /**
     * Loads the PDF; its objects are parsed as they are first used, each measured then.
     *
     * @throws UploadRefusedException when the file is encrypted or passes the budget while loading
     * @throws IOException when it is not a PDF that can be read
     */
    static PDDocument load(byte[] pdf, UploadBudget budget) throws IOException {
        PDDocument document;
        try {
            document = new BoundedPdfParser(pdf, budget).parse(false);
        } catch (InvalidPasswordException e) {
            throw budget.refuse(Reason.ENCRYPTED, "it is encrypted");
        }
        if (document.isEncrypted()) {
            document.close();
            throw budget.refuse(Reason.ENCRYPTED, "it is encrypted");
        }
        budget.verify();
        return document;
    }

    @Override
    protected COSStream parseCOSStream(COSDictionary dictionary) throws IOException {
        if (securityHandler != null) {
            throw budget.refuse(Reason.ENCRYPTED, "it is encrypted");
        }
        COSStream stream = super.parseCOSStream(dictionary);
        long position = source.getPosition();
        budget.measure(stream);
        source.seek(position);
        return stream;
    }

    @Override
    protected synchronized COSBase parseObjectDynamically(COSObjectKey key, boolean requireExistingNotCompressedObj)
            throws IOException {
        budget.countObject();
        return super.parseObjectDynamically(key, requireExistingNotCompressedObj);
    }
}
