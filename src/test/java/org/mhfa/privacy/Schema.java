package org.mhfa.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/** Reads the live schema through information_schema, so that checks cover tables added later without being edited. */
final class Schema {

    private final DataSource dataSource;

    Schema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every text column of every table, as "table.column", holding the value (case ignored) anywhere inside it. */
    List<String> columnsContaining(String value) {
        List<String> found = new ArrayList<>();
        for (String[] column : textColumns()) {
            String sql = "select count(*) from \"" + column[0] + "\" where lower(\"" + column[1] + "\") like ?";
            if (queryLong(sql, "%" + value.toLowerCase(Locale.ROOT) + "%") > 0) {
                found.add(column[0] + "." + column[1]);
            }
        }
        return found;
    }

    List<String[]> textColumns() {
        List<String[]> columns = new ArrayList<>();
        query("select table_name, column_name from information_schema.columns where table_schema = current_schema() "
                + "and data_type in ('character varying', 'text', 'character', 'json', 'jsonb') order by table_name, column_name",
                result -> columns.add(new String[] {result.getString(1), result.getString(2)}));
        return columns;
    }

    /** The learner table and every table that points at it through a chain of foreign keys. */
    Set<String> tablesReachingLearner() {
        List<String[]> references = new ArrayList<>();
        query("select tc.table_name, ccu.table_name from information_schema.table_constraints tc "
                + "join information_schema.constraint_column_usage ccu "
                + "on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema "
                + "where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()",
                result -> references.add(new String[] {result.getString(1), result.getString(2)}));
        Set<String> reached = new LinkedHashSet<>(Set.of("learner"));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String[] reference : references) {
                if (reached.contains(reference[1]) && reached.add(reference[0])) {
                    grew = true;
                }
            }
        }
        return reached;
    }

    long queryLong(String sql, Object... parameters) {
        long[] value = {0};
        query(sql, result -> value[0] = result.getLong(1), parameters);
        return value[0];
    }

    Set<Long> ids(String sql, Object... parameters) {
        Set<Long> ids = new HashSet<>();
        query(sql, result -> ids.add(result.getLong(1)), parameters);
        return ids;
    }

    String queryString(String sql, Object... parameters) {
        String[] value = {null};
        query(sql, result -> value[0] = result.getString(1), parameters);
        return value[0];
    }

    interface Row {
        void accept(ResultSet result) throws SQLException;
    }

    void query(String sql, Row row, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    row.accept(result);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
