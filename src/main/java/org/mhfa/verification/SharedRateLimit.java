package org.mhfa.verification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

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
            + "select ?, ?, 1 from (select set_config('synchronous_commit', 'off', true)) as async_commit "
            + "on conflict (client_bucket, window_start) do update set request_count = r.request_count + 1 returning r.request_count";
    private static final String H2_INCREMENT = "select request_count from final table (merge into verification_rate_limit r "
            + "using (values (cast(? as varchar(45)), cast(? as bigint))) s (client_bucket, window_start) "
            + "on r.client_bucket = s.client_bucket and r.window_start = s.window_start "
            + "when matched then update set request_count = r.request_count + 1 "
            + "when not matched then insert (client_bucket, window_start, request_count) values (s.client_bucket, s.window_start, 1))";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final int requests;
    private final long windowSeconds;
    private final Clock clock;
    private volatile String increment;

    public SharedRateLimit(DataSource dataSource, int requests, Duration window, Clock clock) {
        this.dataSource = dataSource;
        this.requests = requests;
        this.windowSeconds = Math.max(1, window.toSeconds());
        this.clock = clock;
    }

    /** Counts one request of the bucket and says whether it is within the limit. */
    public Decision acquire(String bucket) {
        long now = clock.millis() / 1000;
        long windowStart = now - Math.floorMod(now, windowSeconds);
        int count = increment(bucket, windowStart);
        return new Decision(count <= requests, count, Math.max(1, windowStart + windowSeconds - now));
    }

    /** Deletes the counters of windows that have ended; returns how many rows went. */
    public int deleteEndedWindows() {
        long now = clock.millis() / 1000;
        long currentStart = now - Math.floorMod(now, windowSeconds);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from verification_rate_limit where window_start < ?")) {
            delete.setLong(1, currentStart);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete old rate-limit windows", e);
        }
    }

    private int increment(String bucket, long windowStart) {
        try (Connection connection = dataSource.getConnection()) {
            String sql = incrementSql(connection);
            try {
                return runIncrement(connection, sql, bucket, windowStart);
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                return runIncrement(connection, sql, bucket, windowStart);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the request for the rate limit", e);
        }
    }

    private static int runIncrement(Connection connection, String sql, String bucket, long windowStart) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, bucket);
            statement.setLong(2, windowStart);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private String incrementSql(Connection connection) throws SQLException {
        String sql = increment;
        if (sql == null) {
            sql = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                    ? POSTGRESQL_INCREMENT : H2_INCREMENT;
            increment = sql;
        }
        return sql;
    }
}
