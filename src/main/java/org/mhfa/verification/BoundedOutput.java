package org.mhfa.verification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a decoder writes what it unpacks: counts the bytes, keeps them only when asked, and throws as soon as the count
 * would pass its limit, so the decoder stops there instead of unpacking the rest. Also stops when {@code beforeWrite}
 * throws (the upload's deadline).
 */
final class BoundedOutput extends OutputStream {

    /** Thrown on the write that would pass the limit. */
    static final class LimitExceeded extends IOException {

        LimitExceeded(long limit) {
            super("unpacks to more than " + limit + " bytes");
        }
    }

    private final long limit;
    private final ByteArrayOutputStream kept;
    private final Runnable beforeWrite;
    private long count;
    private boolean exceeded;

    BoundedOutput(long limit, boolean keep, Runnable beforeWrite) {
        this.limit = limit;
        this.kept = keep ? new ByteArrayOutputStream() : null;
        this.beforeWrite = beforeWrite;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        beforeWrite.run();
        if (exceeded || count + length > limit) {
            exceeded = true;
            throw new LimitExceeded(limit);
        }
        count += length;
        if (kept != null) {
            kept.write(bytes, offset, length);
        }
    }

    /** The bytes written so far. */
    long count() {
        return count;
    }

    /** Whether a write was refused (even if the decoder caught the exception). */
    boolean exceeded() {
        return exceeded;
    }

    /** What was written, when kept. */
    byte[] bytes() {
        return kept == null ? new byte[0] : kept.toByteArray();
    }
}
