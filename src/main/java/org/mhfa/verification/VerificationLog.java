package org.mhfa.verification;

import io.quarkus.panache.common.Page;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.certificate.CertificateStatus;
import org.mhfa.platform.DatabaseKind;

/**
 * The audit log of every verification, public or partner. Entries are queued in memory (bounded: a few seconds of
 * peak load) and written every 100 ms by one background thread, on PostgreSQL as one set-based insert per thousand
 * entries committed without waiting for the WAL flush; so a lookup costs no database round trip of its own. When the
 * queue is full, a caller writes one batch itself before queuing its entry, and an orderly shutdown writes whatever is
 * still queued. Reads flush first, so what this instance recorded is always visible to them.
 */
@ApplicationScoped
public class VerificationLog {

    private static final Logger LOG = Logger.getLogger(VerificationLog.class);
    private static final int CAPACITY = 50_000;
    private static final int BATCH_SIZE = 1_000;
    private static final long FLUSH_INTERVAL_MILLIS = 100;
    private static final int MAX_DIGESTED_INPUT = 256;
    private static final String INSERT = "insert into verification_log (verified_at, channel, agency_id, certificate_id, code, "
            + "input_digest, result, client_address) values (?, ?, ?, ?, ?, ?, ?, ?)";
    /** PostgreSQL: a whole batch as one set-based statement, one array per column. */
    private static final String POSTGRESQL_INSERT = "insert into verification_log (verified_at, channel, agency_id, certificate_id, code, "
            + "input_digest, result, client_address) select * from unnest(?::timestamptz[], ?::text[], ?::int8[], ?::int8[], ?::text[], "
            + "?::text[], ?::text[], ?::text[])";

    private final BlockingQueue<Entry> pending = new ArrayBlockingQueue<>(CAPACITY);
    /** Batch writers share it; a complete flush takes it alone, so it also waits for batches still being written. */
    private final ReentrantReadWriteLock writing = new ReentrantReadWriteLock();
    private final DataSource dataSource;
    private ScheduledExecutorService flusher;

    VerificationLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent event) {
        flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "verification-log-writer");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(this::flushQuietly, FLUSH_INTERVAL_MILLIS, FLUSH_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Writes what is queued before the data source closes. */
    void stop(@Observes @Priority(1) ShutdownEvent event) {
        if (flusher != null) {
            flusher.shutdown();
            try {
                flusher.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    /**
     * Records one verification.
     *
     * @param channel how it came in
     * @param agencyId the partner agency that asked, or null on the public channels
     * @param code the code exactly as asked (any spelling, or junk): its canonical form is kept when well formed,
     *        otherwise only a SHA-256 digest of it
     * @param certificateId the certificate the code belongs to, or null for an unknown or malformed code
     * @param result the certificate's status as answered, or null for an unknown or malformed code
     * @param network the client's network, kept on public channels only
     */
    public void record(VerificationChannel channel, Long agencyId, String code, Long certificateId, CertificateStatus result,
            ClientNetwork network) {
        Optional<String> canonical = CertificateCode.normalise(code);
        String address = channel.isPublic() ? network.truncatedAddress().orElse(null) : null;
        Entry entry = new Entry(Instant.now(), channel, agencyId, certificateId, canonical.orElse(null),
                canonical.isPresent() ? null : digest(code), result == null ? VerificationLogEntry.UNKNOWN : result.name(), address);
        while (!pending.offer(entry)) {
            writeOneBatch();
        }
    }

    /** An agency's verifications, newest first. */
    public List<VerificationLogEntry> forAgency(long agencyId, int offset, int limit) {
        flush();
        return VerificationLogEntry.forAgency(agencyId, offset, limit);
    }

    /** How many verifications an agency has made. */
    public long countForAgency(long agencyId) {
        flush();
        return VerificationLogEntry.countForAgency(agencyId);
    }

    /** The agencies that have verified a certificate (for status notifications). */
    public List<Long> agenciesThatVerified(long certificateId) {
        flush();
        return VerificationLogEntry.agenciesThatVerified(certificateId);
    }

    /** Writes everything queued so far; returns once it is in the database (or has been reported as lost). */
    public void flush() {
        writing.writeLock().lock();
        try {
            List<Entry> batch = new ArrayList<>(Math.min(BATCH_SIZE, pending.size()));
            while (pending.drainTo(batch, BATCH_SIZE) > 0) {
                write(batch);
                batch.clear();
            }
        } finally {
            writing.writeLock().unlock();
        }
    }

    /**
     * Writes one batch of what is queued, alongside any other batch writers: when the queue is full, each request that
     * finds it so helps by writing a thousand entries, which spreads the work instead of making everyone wait for one
     * thread to write the whole queue.
     *
     * @return whether there was anything to write
     */
    private boolean writeOneBatch() {
        writing.readLock().lock();
        try {
            List<Entry> batch = new ArrayList<>(BATCH_SIZE);
            if (pending.drainTo(batch, BATCH_SIZE) == 0) {
                return false;
            }
            write(batch);
            return true;
        } finally {
            writing.readLock().unlock();
        }
    }

    private void flushQuietly() {
        try {
            boolean more;
            do {
                more = writeOneBatch();
            } while (more);
        } catch (RuntimeException e) {
            LOG.error("Could not write the verification log", e);
        }
    }

    private void write(List<Entry> batch) {
        try (Connection connection = dataSource.getConnection()) {
            boolean ownTransaction = connection.getAutoCommit();
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            try {
                if (DatabaseKind.isPostgresql(connection)) {
                    insertAsArrays(connection, batch);
                } else {
                    insertAsBatch(connection, batch);
                }
                if (ownTransaction) {
                    connection.commit();
                }
            } catch (SQLException e) {
                if (ownTransaction) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (ownTransaction) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            LOG.errorf(e, "Could not write %d verification log entries; they are lost", batch.size());
        }
    }

    private static void insertAsArrays(Connection connection, List<Entry> batch) throws SQLException {
        int size = batch.size();
        String[] at = new String[size];
        String[] channels = new String[size];
        Long[] agencies = new Long[size];
        Long[] certificates = new Long[size];
        String[] codes = new String[size];
        String[] digests = new String[size];
        String[] results = new String[size];
        String[] addresses = new String[size];
        for (int i = 0; i < size; i++) {
            Entry entry = batch.get(i);
            at[i] = entry.at().toString();
            channels[i] = entry.channel().name();
            agencies[i] = entry.agencyId();
            certificates[i] = entry.certificateId();
            codes[i] = entry.code();
            digests[i] = entry.inputDigest();
            results[i] = entry.result();
            addresses[i] = entry.clientAddress();
        }
        try (PreparedStatement asynchronous = connection.prepareStatement("select set_config('synchronous_commit', 'off', true)");
                PreparedStatement insert = connection.prepareStatement(POSTGRESQL_INSERT)) {
            asynchronous.execute();
            insert.setArray(1, connection.createArrayOf("text", at));
            insert.setArray(2, connection.createArrayOf("text", channels));
            insert.setArray(3, connection.createArrayOf("int8", agencies));
            insert.setArray(4, connection.createArrayOf("int8", certificates));
            insert.setArray(5, connection.createArrayOf("text", codes));
            insert.setArray(6, connection.createArrayOf("text", digests));
            insert.setArray(7, connection.createArrayOf("text", results));
            insert.setArray(8, connection.createArrayOf("text", addresses));
            insert.executeUpdate();
        }
    }

    private static void insertAsBatch(Connection connection, List<Entry> batch) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Entry entry : batch) {
                insert.setObject(1, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
                insert.setString(2, entry.channel().name());
                if (entry.agencyId() == null) {
                    insert.setNull(3, Types.BIGINT);
                } else {
                    insert.setLong(3, entry.agencyId());
                }
                if (entry.certificateId() == null) {
                    insert.setNull(4, Types.BIGINT);
                } else {
                    insert.setLong(4, entry.certificateId());
                }
                insert.setString(5, entry.code());
                insert.setString(6, entry.inputDigest());
                insert.setString(7, entry.result());
                insert.setString(8, entry.clientAddress());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String digest(String input) {
        String bounded = input == null ? "" : input.length() > MAX_DIGESTED_INPUT ? input.substring(0, MAX_DIGESTED_INPUT) : input;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bounded.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Entry(Instant at, VerificationChannel channel, Long agencyId, Long certificateId, String code, String inputDigest, String result,
            String clientAddress) {
    }
}
