package org.mhfa.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A PostgreSQL database of the test run's own: created on the server at 127.0.0.1:5432 when one answers,
 * otherwise on an embedded PostgreSQL from Maven Central; dropped at the end.
 */
final class TestDatabase implements AutoCloseable {

    private final String adminUrl;
    private final String name;
    private final EmbeddedPostgres embedded;

    private TestDatabase(String adminUrl, String name, EmbeddedPostgres embedded) {
        this.adminUrl = adminUrl;
        this.name = name;
        this.embedded = embedded;
    }

    static TestDatabase create() {
        String name = "mhfa_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        EmbeddedPostgres embedded = null;
        String adminUrl;
        if (answers("127.0.0.1", 5432)) {
            adminUrl = "jdbc:postgresql://127.0.0.1:5432/postgres";
        } else {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException("No PostgreSQL on 127.0.0.1:5432 and the embedded one did not start", e);
            }
            adminUrl = "jdbc:postgresql://127.0.0.1:" + embedded.getPort() + "/postgres";
        }
        TestDatabase database = new TestDatabase(adminUrl, name, embedded);
        database.executeAsAdmin("create database " + name);
        return database;
    }

    String jdbcUrl() {
        return adminUrl.replace("/postgres", "/" + name);
    }

    String username() {
        return "postgres";
    }

    /** Runs one SQL statement against the test database and returns the first column of the first row, if any. */
    long queryLong(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    String queryText(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void executeAsAdmin(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        try {
            executeAsAdmin("drop database if exists " + name + " with (force)");
        } finally {
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (IOException e) {
                    // the process is gone with the JVM anyway
                }
            }
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
