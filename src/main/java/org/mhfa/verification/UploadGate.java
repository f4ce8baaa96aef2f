package org.mhfa.verification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Bounds how many uploaded files are checked at the same time on this instance (a bulkhead of a few places). */
@ApplicationScoped
public class UploadGate {

    private final Semaphore places;
    private final Duration queueWait;
    private final long retryAfterSeconds;

    UploadGate(VerificationConfig config) {
        this.places = new Semaphore(Math.max(1, config.upload().concurrent()), true);
        this.queueWait = config.upload().queueWait();
        this.retryAfterSeconds = Math.max(1, config.upload().maxTime().toSeconds());
    }

    /**
     * A place among the checks running now, to close when the check ends.
     *
     * @throws UploadsBusyException when no place frees up within the configured wait
     */
    public Place enter() {
        try {
            if (!places.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new UploadsBusyException(retryAfterSeconds);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UploadsBusyException(retryAfterSeconds);
        }
        return new Place();
    }

    /** One place taken; closing it more than once gives it back once. */
    public final class Place implements AutoCloseable {

        private final AtomicBoolean open = new AtomicBoolean(true);

        private Place() {
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                places.release();
            }
        }
    }
}
