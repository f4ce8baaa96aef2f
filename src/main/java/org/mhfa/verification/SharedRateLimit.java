package org.mhfa.verification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.mhfa.platform.DatabaseKind;

/**
 * A fixed-window request counter per client bucket, kept in the database so that every instance of the service shares
 * it: one atomic upsert per request returns the bucket's count in the current window. On PostgreSQL this is
 * {@code INSERT ... ON CONFLICT ... DO UPDATE ... RETURNING} committed without waiting for the WAL flush (a lost
 * increment after a crash is harmless); on H2 (the demo run) a {@code MERGE} read back through {@code FINAL TABLE}.
 */
public class SharedRateLimit {

    /** The outcome for one request: whether it may go ahead, and how long until the window resets. */
    public record Decision(boolean allowed, int count, long retryAfterSeconds) {
    }

    private static final String POSTGRESQL_INCREMENT = "insert into verification_rate_limit as r (client_bucket, window_start, request_count) "
            + "select ?, ?, ? from (select set_config('synchronous_commit', 'off', true)) as async_commit "
            + "on conflict (client_bucket, window_start) do update set request_count = r.request_count + excluded.request_count "
            + "returning r.request_count";
    private static final String H2_INCREMENT = "select request_count from final table (merge into verification_rate_limit r "
            + "using (values (cast(? as varchar(45)), cast(? as bigint), cast(? as integer))) s (client_bucket, window_start, delta) "
            + "on r.client_bucket = s.client_bucket and r.window_start = s.window_start "
            + "when matched then update set request_count = r.request_count + s.delta "
            + "when not matched then insert (client_bucket, window_start, request_count) values (s.client_bucket, s.window_start, s.delta))";
    /** PostgreSQL: many buckets' counts added in one statement (buckets in a fixed order, so instances cannot deadlock). */
    private static final String POSTGRESQL_ADD_ALL = "insert into verification_rate_limit as r (client_bucket, window_start, request_count) "
            + "select u.bucket, ?, u.delta from (select set_config('synchronous_commit', 'off', true)) as async_commit, "
            + "unnest(?::text[], ?::int[]) as u(bucket, delta) order by u.bucket "
            + "on conflict (client_bucket, window_start) do update set request_count = r.request_count + excluded.request_count "
            + "returning r.client_bucket, r.request_count";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final int requests;
    private final long windowSeconds;
    private final Clock clock;

    public SharedRateLimit(DataSource dataSource, int requests, Duration window, Clock clock) {
        this.dataSource = dataSource;
        this.requests = requests;
        this.windowSeconds = Math.max(1, window.toSeconds());
        this.clock = clock;
    }

    /** Counts one request of the bucket and says whether it is within the limit. */
    public Decision acquire(String bucket) {
        long now = nowSeconds();
        long windowStart = windowStart(now);
        int count = add(bucket, windowStart, 1);
        return decide(count, windowStart, now);
    }

    /** The decision for a request that makes the bucket's count in the window {@code count}. */
    Decision decide(int count, long windowStart, long now) {
        return new Decision(count <= requests, count, Math.max(1, windowStart + windowSeconds - now));
    }

    long nowSeconds() {
        return clock.millis() / 1000;
    }

    /** The start (epoch seconds) of the window a moment falls in. */
    long windowStart(long epochSeconds) {
        return epochSeconds - Math.floorMod(epochSeconds, windowSeconds);
    }

    /**
     * Adds requests counted elsewhere (in memory) to several buckets of one window at once.
     *
     * @return each bucket's count in the window across all instances, after the addition
     */
    public Map<String, Integer> addAll(Map<String, Integer> deltas, long windowStart) {
        Map<String, Integer> counts = new HashMap<>();
        if (deltas.isEmpty()) {
            return counts;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (DatabaseKind.isPostgresql(connection)) {
                String[] buckets = deltas.keySet().toArray(String[]::new);
                Integer[] added = new Integer[buckets.length];
                for (int i = 0; i < buckets.length; i++) {
                    added[i] = deltas.get(buckets[i]);
                }
                try (PreparedStatement statement = connection.prepareStatement(POSTGRESQL_ADD_ALL)) {
                    statement.setLong(1, windowStart);
                    statement.setArray(2, connection.createArrayOf("text", buckets));
                    statement.setArray(3, connection.createArrayOf("int4", added));
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            counts.put(result.getString(1), result.getInt(2));
                        }
                    }
                }
            } else {
                for (Map.Entry<String, Integer> delta : new TreeMap<>(deltas).entrySet()) {
                    counts.put(delta.getKey(), runIncrement(connection, H2_INCREMENT, delta.getKey(), windowStart, delta.getValue()));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add the requests counted in memory to the rate limit", e);
        }
    }

    /** Deletes the counters of windows that have ended; returns how many rows went. */
    public int deleteEndedWindows() {
        long currentStart = windowStart(nowSeconds());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from verification_rate_limit where window_start < ?")) {
            delete.setLong(1, currentStart);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete old rate-limit windows", e);
        }
    }

    private int add(String bucket, long windowStart, int delta) {
        try (Connection connection = dataSource.getConnection()) {
            String sql = incrementSql(connection);
            try {
                return runIncrement(connection, sql, bucket, windowStart, delta);
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                return runIncrement(connection, sql, bucket, windowStart, delta);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the request for the rate limit", e);
        }
    }

    private static int runIncrement(Connection connection, String sql, String bucket, long windowStart, int delta) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, bucket);
            statement.setLong(2, windowStart);
            statement.setInt(3, delta);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static String incrementSql(Connection connection) throws SQLException {
        return DatabaseKind.isPostgresql(connection) ? POSTGRESQL_INCREMENT : H2_INCREMENT;
    }
}
