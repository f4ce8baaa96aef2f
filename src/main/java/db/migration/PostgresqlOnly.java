package db.migration;

import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.api.migration.Context;

/**
 * Whether a migration that only PostgreSQL needs applies (H2, the single-instance demo, has no such feature and needs
 * none). JDBC alone: a migration is history, so it never uses an application class that may change later.
 */
final class PostgresqlOnly {

    private PostgresqlOnly() {
    }

    static boolean applies(Context context) throws SQLException {
        return context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
