package org.mhfa.verification;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The shared rate limit counted in memory first: each request is decided at once from the bucket's count across all
 * instances as of the last synchronisation plus what this instance has counted since, and every {@code sync} (a fraction
 * of a second) the counts gathered here are added to the shared counters in one statement, which answers with the
 * totals of all instances. So a request costs no database round trip, and a client spreading its requests over several
 * instances gets past the limit by at most what the other instances admitted since their last synchronisation.
 */
public class BufferedRateLimit {

    private final SharedRateLimit shared;
    private final Map<Key, Counter> counters = new ConcurrentHashMap<>();

    public BufferedRateLimit(SharedRateLimit shared) {
        this.shared = shared;
    }

    /** Counts one request of the bucket and says whether it is within the limit. */
    public SharedRateLimit.Decision acquire(String bucket) {
        long now = shared.nowSeconds();
        long windowStart = shared.windowStart(now);
        Counter counter = counters.computeIfAbsent(new Key(bucket, windowStart), key -> new Counter());
        int count = counter.unsynced.incrementAndGet() + counter.sharedCount;
        return shared.decide(count, windowStart, now);
    }

    /**
     * Adds what was counted here since the last call to the shared counters and takes their totals back; forgets the
     * counters of windows that have ended.
     */
    public void sync() {
        long currentWindow = shared.windowStart(shared.nowSeconds());
        Map<Long, Map<String, Integer>> deltasByWindow = new HashMap<>();
        Map<Key, Counter> synced = new HashMap<>();
        for (Iterator<Map.Entry<Key, Counter>> entries = counters.entrySet().iterator(); entries.hasNext(); ) {
            Map.Entry<Key, Counter> entry = entries.next();
            Key key = entry.getKey();
            if (key.windowStart() < currentWindow) {
                entries.remove();
            }
            int delta = entry.getValue().unsynced.get();
            if (delta > 0) {
                deltasByWindow.computeIfAbsent(key.windowStart(), window -> new HashMap<>()).put(key.bucket(), delta);
                synced.put(key, entry.getValue());
            }
        }
        for (Map.Entry<Long, Map<String, Integer>> window : deltasByWindow.entrySet()) {
            Map<String, Integer> totals = shared.addAll(window.getValue(), window.getKey());
            for (Map.Entry<String, Integer> delta : window.getValue().entrySet()) {
                Counter counter = synced.get(new Key(delta.getKey(), window.getKey()));
                Integer total = totals.get(delta.getKey());
                if (total != null) {
                    counter.sharedCount = total;
                    counter.unsynced.addAndGet(-delta.getValue());
                }
            }
        }
    }

    private record Key(String bucket, long windowStart) {
    }

    private static final class Counter {
        final AtomicInteger unsynced = new AtomicInteger();
        volatile int sharedCount;
    }
}
