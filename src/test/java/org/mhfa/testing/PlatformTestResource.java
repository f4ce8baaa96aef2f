package org.mhfa.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import org.mhfa.identity.KeycloakProcess;

/**
 * The real parts every test runs against: a PostgreSQL database of this run's own, a Keycloak from its distribution
 * with the demo realm imported into memory, and a copy of the content folder that tests may edit.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private static TestDatabase database;
    private static KeycloakProcess keycloak;
    private static String realmUrl;
    private static Path contentDir;

    @Override
    public Map<String, String> start() {
        database = TestDatabase.create();
        String home = System.getProperty("keycloak.test.home", "target/keycloak/keycloak-26.5.5");
        keycloak = KeycloakProcess.start(Path.of(home), freePort(), freePort(), realmFileForTestPort(), "dev-mem")
                .awaitRealm("mhfa");
        realmUrl = keycloak.realmUrl("mhfa");
        contentDir = copyContent(Path.of("content"), null);
        copyContent(Path.of("src/test/resources/fixtures"), contentDir);
        return Map.of(
                "quarkus.keycloak.admin-client.server-url", realmUrl.replace("/realms/mhfa", ""),
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", "",
                "quarkus.oidc.auth-server-url", realmUrl,
                "mhfa.content.dir", contentDir.toString(),
                "mhfa.public-base-url", baseUrl(),
                "mhfa.http.concurrent-chunked-bodies", CONCURRENT_CHUNKED_BODIES);
    }

    /** How many bodies of unannounced length the tests' platform reads at once (few, so that a test can fill them all). */
    public static final String CONCURRENT_CHUNKED_BODIES = "3";

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /**
     * The demo realm, with its redirect addresses for the tests pointed at this run's test port (so that runs with
     * {@code -Dtest.port=…} can sign in through the pages while another run holds the default port).
     */
    private static Path realmFileForTestPort() {
        Path realm = Path.of("docker/keycloak/mhfa-realm.json");
        String port = System.getProperty("test.http.port", "8081");
        if (port.equals("8081")) {
            return realm;
        }
        try {
            Path copy = Files.createTempDirectory("mhfa-realm-" + port).resolve(realm.getFileName());
            Files.writeString(copy, Files.readString(realm).replace("localhost:8081", "localhost:" + port));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the application under test answers: {@code http://localhost:<test.http.port>}. */
    public static String baseUrl() {
        return "http://localhost:" + System.getProperty("test.http.port", "8081");
    }

    public static String realmUrl() {
        return realmUrl;
    }

    public static Path contentDir() {
        return contentDir;
    }

    /** The first column of the first row as text; null when there is none. */
    public static String text(String sql) {
        return database.queryText(sql);
    }

    public static long count(String sql) {
        return database.queryLong(sql);
    }

    /** Changes rows directly, for tests that need time to have passed. */
    public static void execute(String sql) {
        database.execute(sql);
    }

    /** Copies a content tree into {@code into} (a new temporary folder when null). */
    private static Path copyContent(Path source, Path into) {
        try {
            Path target = into != null ? into : Files.createTempDirectory("mhfa-content");
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, target.resolve(source.relativize(file).toString()));
                    return FileVisitResult.CONTINUE;
                }
            });
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
