package org.mhfa.verification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on PostgreSQL's {@code certificate_changed} channel (a trigger announces every change to a certificate) on a
 * connection of its own, and drops each announced certificate from the {@link VerificationCache}. While the connection is
 * down the cache is not used; after reconnecting it starts empty. On H2 it does nothing and the cache stays unused.
 */
@ApplicationScoped
public class CertificateChangeListener {

    private static final Logger LOG = Logger.getLogger(CertificateChangeListener.class);
    static final String CHANNEL = "certificate_changed";
    private static final int POLL_MILLIS = 1_000;
    private static final long HEARTBEAT_MILLIS = 15_000;
    private static final long RETRY_MILLIS = 2_000;

    private final VerificationCache cache;
    private final VerificationConfig config;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private volatile boolean running;
    private Thread thread;

    CertificateChangeListener(VerificationCache cache, VerificationConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.cache = cache;
        this.config = config;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent event) {
        if (!config.cache().enabled() || !onPostgresql()) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "certificate-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        cache.deaf();
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                cache.listening();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                long lastHeartbeat = System.currentTimeMillis();
                while (running) {
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            cache.changed(notification.getParameter());
                        }
                    }
                    if (System.currentTimeMillis() - lastHeartbeat > HEARTBEAT_MILLIS) {
                        try (Statement heartbeat = connection.createStatement()) {
                            heartbeat.execute("select 1");
                        }
                        lastHeartbeat = System.currentTimeMillis();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.deaf();
                if (running) {
                    LOG.warnf("Not hearing certificate changes (%s); verification reads the database until it reconnects", e.getMessage());
                    pause();
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "mhfa certificate-change-listener");
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL URL: " + url);
        }
        return connection;
    }

    /** Whether the data source's URL is PostgreSQL's (decided by the driver, without connecting). */
    private boolean onPostgresql() {
        return new org.postgresql.Driver().acceptsURL(url);
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
