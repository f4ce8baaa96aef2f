package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, every change to a certificate row announces its code on the {@code certificate_changed} channel when
 * the transaction commits, so that every instance of the service drops what it holds in memory about that certificate,
 * whichever code path or tool made the change. H2 (the single-instance demo) has no such channel and needs none.
 */
public class V15__certificate_change_notifications extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!PostgresqlOnly.applies(context)) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    create function notify_certificate_changed() returns trigger language plpgsql as $$
                    begin
                        if tg_op = 'DELETE' or old is distinct from new then
                            perform pg_notify('certificate_changed', old.code);
                        end if;
                        return null;
                    end
                    $$""");
            statement.execute("""
                    create trigger certificate_changed after update or delete on certificate
                    for each row execute function notify_certificate_changed()""");
        }
    }
}
