package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the rate-limit counters live in an unlogged table with room on each page: they are ephemeral (a
 * window lasts a minute), so they need not be written to the WAL, and the space left free lets PostgreSQL update a
 * counter in place (a HOT update) without touching its indexes. After a crash the table comes back empty, which only
 * starts everyone's current window afresh. The audit log stays an ordinary, durable table. H2 (the demo) is unchanged.
 */
public class V17__unlogged_rate_limit_counters extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!PostgresqlOnly.applies(context)) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table verification_rate_limit set unlogged");
            statement.execute("alter table verification_rate_limit set (fillfactor = 70)");
        }
    }
}
