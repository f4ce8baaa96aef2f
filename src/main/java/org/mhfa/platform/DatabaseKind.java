package org.mhfa.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which database a connection reaches, for the few statements that differ between PostgreSQL and the H2 demo. */
public final class DatabaseKind {

    private DatabaseKind() {
    }

    /** True on PostgreSQL (tests, production); false on H2 (the demo run). Asks the driver, not the server. */
    public static boolean isPostgresql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
