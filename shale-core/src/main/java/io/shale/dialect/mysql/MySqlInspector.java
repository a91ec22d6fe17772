package io.shale.dialect.mysql;

import io.shale.dialect.Inspector;
import io.shale.schema.Catalog;
import io.shale.schema.CheckConstraint;
import io.shale.schema.Column;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.Routine;
import io.shale.schema.Schema;
import io.shale.schema.Table;
import io.shale.schema.Trigger;
import io.shale.schema.UniqueConstraint;
import io.shale.schema.View;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads a catalog of MySQL or MariaDB databases (a schema is a database) from
 * {@code information_schema}, a handful of queries for all requested databases together. Names
 * (schema, {@code refSchema}, {@code dependsOn}) are the real database names; view definitions
 * have their own database's qualifier removed. Defaults are canonical as
 * {@link MySqlInspectDefaults} describes. Leaves out system databases and skipped tables with
 * their keys, constraints and triggers; lists what it cannot model in {@link Catalog#unsupported()}.
 */
public final class MySqlInspector implements Inspector {
    private static final Set<String> SYSTEM = Set.of("mysql", "information_schema", "performance_schema", "sys");

    @Override
    public Catalog inspect(Connection connection, List<String> schemas, Predicate<String> skipTable)
            throws SQLException {
        List<String> names = existing(connection, schemas.isEmpty() ? currentDatabase(connection) : schemas);
        if (names.isEmpty()) {
            return Catalog.empty();
        }
        boolean mariaDb = MySqlInspectSql.isMariaDb(connection);
        List<String> unsupported = new ArrayList<>();
        List<MySqlInspectTables.Row> relations = MySqlInspectTables.run(connection, names);
        Map<MySqlInspectKey, String> collations = new LinkedHashMap<>();
        for (MySqlInspectTables.Row row : relations) {
            String qualified = row.key().schema() + "." + row.key().table();
            if (row.isBaseTable() && !skipTable.test(row.key().table())) {
                collations.put(row.key(), row.collation());
            } else if ("SEQUENCE".equals(row.type())) {
                unsupported.add("sequence " + qualified);
            } else if ("SYSTEM VERSIONED".equals(row.type()) && !skipTable.test(row.key().table())) {
                unsupported.add("system-versioned table " + qualified);
            }
        }
        List<Table> tables = tables(connection, names, relations, collations, mariaDb, unsupported);
        Set<String> known = relations.stream().map(r -> r.key().schema() + "." + r.key().table())
                .collect(Collectors.toSet());
        List<View> views = MySqlInspectViews.run(connection, names, known);
        List<Routine> routines = MySqlInspectRoutines.routines(connection, names);
        List<Trigger> triggers = MySqlInspectRoutines.triggers(connection, names).stream()
                .filter(t -> !skipTable.test(t.table())).toList();
        MySqlInspectUnsupported.run(connection, names).stream()
                .filter(row -> row.table() == null || !skipTable.test(row.table()))
                .forEach(row -> unsupported.add(row.line()));

        List<Schema> result = new ArrayList<>();
        for (String name : names) {
            result.add(new Schema(name,
                    inSchema(tables, Table::schema, name, Comparator.comparing(Table::name)),
                    inSchema(views, View::schema, name, Comparator.comparing(View::name)),
                    List.of(), List.of(),
                    inSchema(routines, Routine::schema, name,
                            Comparator.comparing(Routine::name).thenComparing(Routine::signature)),
                    inSchema(triggers, Trigger::schema, name,
                            Comparator.comparing(Trigger::name).thenComparing(Trigger::table)),
                    null));
        }
        return new Catalog(result, List.of(), unsupported.stream().sorted().toList());
    }

    private static List<Table> tables(Connection connection, List<String> names, List<MySqlInspectTables.Row> relations,
                                      Map<MySqlInspectKey, String> collations, boolean mariaDb,
                                      List<String> unsupported) throws SQLException {
        MySqlInspectColumns.Result columns = MySqlInspectColumns.run(connection, names, collations, mariaDb);
        MySqlInspectKeys.Result keys = MySqlInspectKeys.run(connection, names, collations.keySet());
        Map<MySqlInspectKey, List<ForeignKey>> foreignKeys = MySqlInspectConstraints.foreignKeys(connection, names);
        Map<MySqlInspectKey, List<CheckConstraint>> checks = MySqlInspectConstraints.checks(connection, names, mariaDb);
        unsupported.addAll(columns.unsupported());
        unsupported.addAll(keys.unsupported());
        List<Table> tables = new ArrayList<>();
        for (MySqlInspectTables.Row row : relations) {
            MySqlInspectKey key = row.key();
            if (!collations.containsKey(key)) {
                continue;
            }
            MySqlInspectKeys.Keys own = keys.keys().getOrDefault(key, MySqlInspectKeys.Keys.NONE);
            tables.add(new Table(key.schema(), key.table(), columns.columns().getOrDefault(key, List.<Column>of()),
                    own.primaryKey(), sorted(own.uniques(), UniqueConstraint::name),
                    sorted(foreignKeys.getOrDefault(key, List.of()), ForeignKey::name),
                    sorted(checks.getOrDefault(key, List.of()), CheckConstraint::name),
                    sorted(own.indexes(), Index::name), null, null, row.comment(), row.collation()));
        }
        return tables;
    }

    private static List<String> currentDatabase(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT DATABASE()")) {
            String database = rs.next() ? rs.getString(1) : null;
            return database == null ? List.of() : List.of(database);
        }
    }

    private static List<String> existing(Connection connection, List<String> schemas) throws SQLException {
        List<String> wanted = schemas.stream().filter(s -> !SYSTEM.contains(s.toLowerCase(Locale.ROOT))).toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return MySqlInspectSql.query(connection,
                "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN (%s)", wanted,
                rs -> rs.getString(1)).stream().sorted().toList();
    }

    private static <T> List<T> inSchema(List<T> items, Function<T, String> schemaOf, String schema,
                                        Comparator<T> order) {
        return items.stream().filter(item -> schema.equals(schemaOf.apply(item))).sorted(order).toList();
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }
}
