package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the verification log's indexes cover only partner verifications, the only entries ever looked up by
 * agency or by certificate: a public verification then maintains just the primary key, which makes writing the log,
 * the cost of every public lookup, less than half as dear. H2 (the demo) has no partial indexes and keeps the full ones.
 */
public class V16__partner_only_verification_log_indexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!PostgresqlOnly.applies(context)) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("drop index ix_verification_log_agency");
            statement.execute("drop index ix_verification_log_certificate");
            statement.execute("create index ix_verification_log_agency on verification_log (agency_id, verified_at) where agency_id is not null");
            statement.execute("create index ix_verification_log_certificate on verification_log (certificate_id, agency_id) "
                    + "where agency_id is not null");
        }
    }
}
