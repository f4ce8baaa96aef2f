package org.mhfa.verification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.mhfa.verification.UploadRefusedException.Reason;

/**
 * The work one uploaded PDF may cost: what each stream and all streams together unpack to, how many objects and streams
 * are read, and the time. Each stream is measured as soon as it is parsed, through PDFBox's own filters into a
 * {@link BoundedOutput} that stops the decoder at the limit, before PDFBox itself may decode it: PDFBox 3 unpacks a whole
 * stream into memory when it is opened ({@code COSStream.createInputStream()} and {@code createView()} alike), so a
 * limit on what is read from the opened stream would come after the memory is spent. A refusal is remembered: once over
 * budget, every later call throws again, so a refusal that PDFBox swallows on the way is still raised by {@link #verify()}.
 */
final class UploadBudget {

    /** Image codecs: PDFBox runs them only to draw images, which checking an upload never does; measuring stops before them. */
    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    private final UploadLimits limits;
    private final long deadline;
    private long decodedBytes;
    private int objects;
    private int streams;
    private UploadRefusedException refusal;

    UploadBudget(UploadLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.maxTime().toNanos();
    }

    UploadLimits limits() {
        return limits;
    }

    /** What the streams measured or read so far unpacked to, every stage of every filter chain counted. */
    long decodedBytes() {
        return decodedBytes;
    }

    /** Counts one object parsed from the file. */
    void countObject() {
        checkTime();
        if (++objects > limits.maxObjects()) {
            throw refuse(Reason.TOO_COMPLEX, "more than " + limits.maxObjects() + " objects");
        }
    }

    /** Measures what a stream unpacks to, without keeping it; refuses the upload past the limits. */
    void measure(COSStream stream) {
        checkTime();
        if (++streams > limits.maxStreams()) {
            throw refuse(Reason.TOO_COMPLEX, "more than " + limits.maxStreams() + " streams");
        }
        decode(stream, Long.MAX_VALUE, false);
    }

    /** A stream's unpacked content, or empty when it is larger than {@code maxBytes} (which does not refuse the upload). */
    Optional<byte[]> read(COSStream stream, long maxBytes) {
        return Optional.ofNullable(decode(stream, maxBytes, true));
    }

    /** Refuses when the time is up. */
    void checkTime() {
        verify();
        if (System.nanoTime() - deadline > 0) {
            throw refuse(Reason.TOO_COMPLEX, "took longer than " + limits.maxTime());
        }
    }

    /** Throws the refusal made earlier, if there was one. */
    void verify() {
        if (refusal != null) {
            throw refusal;
        }
    }

    /** Records and returns a refusal (the first one made is kept). */
    UploadRefusedException refuse(Reason reason, String why) {
        if (refusal == null) {
            refusal = new UploadRefusedException(reason, "The uploaded PDF was not checked: " + why + ".");
        }
        return refusal;
    }

    /** Runs the stream's filters up to the first image codec; null when the caller's own limit was passed. */
    private byte[] decode(COSStream stream, long callerLimit, boolean keep) {
        List<COSName> filters = filters(stream);
        int stages = 0;
        while (stages < filters.size() && !IMAGE_CODECS.contains(filters.get(stages))) {
            stages++;
        }
        byte[] data = raw(stream);
        if (stages == 0) {
            return data.length > callerLimit ? null : data;
        }
        for (int i = 0; i < stages; i++) {
            checkPredictor(parameters(stream, i));
            long budgetLimit = Math.min(limits.maxStreamBytes(), limits.maxTotalBytes() - decodedBytes);
            BoundedOutput out = new BoundedOutput(Math.min(callerLimit, budgetLimit), keep || i < stages - 1, this::checkTime);
            run(filter(filters.get(i)), data, out, stream, i);
            decodedBytes += out.count();
            if (out.exceeded()) {
                if (callerLimit < budgetLimit) {
                    return null;
                }
                throw refuse(Reason.TOO_LARGE, "a stream unpacks to more than " + megabytes(limits.maxStreamBytes())
                        + " or all streams to more than " + megabytes(limits.maxTotalBytes()));
            }
            data = out.bytes();
        }
        return data;
    }

    private void run(Filter filter, byte[] data, BoundedOutput out, COSStream stream, int index) {
        try {
            filter.decode(new ByteArrayInputStream(data), out, stream, index);
        } catch (UploadRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (!out.exceeded()) {
                throw refuse(Reason.UNREADABLE, "a stream cannot be decoded");
            }
        }
    }

    /** The filter names, all direct: an indirect one could lead the measuring back into the stream being measured. */
    private List<COSName> filters(COSStream stream) {
        COSBase item = stream.getItem(COSName.FILTER);
        if (item == null || item instanceof COSNull) {
            return List.of();
        }
        if (item instanceof COSName name) {
            return List.of(name);
        }
        List<COSName> names = new ArrayList<>();
        if (item instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof COSName name)) {
                    throw refuse(Reason.UNREADABLE, "a stream names its filters indirectly");
                }
                names.add(name);
            }
            return names;
        }
        throw refuse(Reason.UNREADABLE, "a stream names its filters indirectly");
    }

    /** The decode parameters of one filter, read as PDFBox reads them; only direct values are accepted. */
    private COSDictionary parameters(COSStream stream, int index) {
        COSBase item = stream.containsKey(COSName.DECODE_PARMS) ? stream.getItem(COSName.DECODE_PARMS) : stream.getItem(COSName.DP);
        COSBase chosen = item instanceof COSArray array ? (index < array.size() ? array.get(index) : null) : item;
        if (chosen == null || chosen instanceof COSNull) {
            return new COSDictionary();
        }
        if (!(chosen instanceof COSDictionary parameters) || parameters.getValues().stream().anyMatch(COSObject.class::isInstance)) {
            throw refuse(Reason.UNREADABLE, "a stream gives its decode parameters indirectly");
        }
        return parameters;
    }

    /** PDFBox allocates two rows of the predictor's width before it decodes a byte: the width must fit the stream limit. */
    private void checkPredictor(COSDictionary parameters) {
        if (parameters.getInt(COSName.PREDICTOR, 1) <= 1) {
            return;
        }
        long colors = Math.min(parameters.getInt(COSName.COLORS, 1), 32);
        long bits = parameters.getInt(COSName.BITS_PER_COMPONENT, 8);
        long columns = parameters.getInt(COSName.COLUMNS, 1);
        if (colors < 1 || bits < 1 || columns < 1 || (columns * colors * bits + 7) / 8 > limits.maxStreamBytes()) {
            throw refuse(Reason.TOO_LARGE, "a stream's predictor rows are wider than " + megabytes(limits.maxStreamBytes()));
        }
    }

    private Filter filter(COSName name) {
        try {
            return FilterFactory.INSTANCE.getFilter(name);
        } catch (IOException e) {
            throw refuse(Reason.UNREADABLE, "a stream uses an unknown filter");
        }
    }

    private byte[] raw(COSStream stream) {
        try (InputStream in = stream.createRawInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw refuse(Reason.UNREADABLE, "a stream cannot be read");
        }
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
