package io.shale.dialect.sqlite;

import io.shale.dialect.Inspector;
import io.shale.dialect.sqlite.SqliteInspectLexer.Kind;
import io.shale.dialect.sqlite.SqliteInspectLexer.Token;
import io.shale.dialect.sqlite.SqliteInspectRows.ColumnRow;
import io.shale.dialect.sqlite.SqliteInspectRows.Entry;
import io.shale.dialect.sqlite.SqliteInspectRows.ForeignKeyRow;
import io.shale.dialect.sqlite.SqliteInspectRows.IndexRow;
import io.shale.schema.Catalog;
import io.shale.schema.Schema;
import io.shale.schema.Table;
import io.shale.schema.Trigger;
import io.shale.schema.View;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads the catalog of a SQLite database with four queries per schema (see {@link SqliteInspectRows}).
 *
 * <p>Every object carries its schema's name, {@code main} by default (never null), so that
 * {@code Table.qualifiedName()} is {@code main.users}. Tables, views and triggers keep their names as
 * stored. The primary key has no name (SQLite keeps none); other names SQLite does not keep are made
 * deterministic as {@link SqliteInspectTables} describes. {@code INTEGER PRIMARY KEY AUTOINCREMENT}
 * is an identity {@code BY DEFAULT} starting at 1 by 1; a plain rowid alias is not an identity.
 * Views and triggers are compared by their statement as stored. A view's {@code dependsOn} lists
 * every table or view of the schema whose name appears in its statement as an identifier, so it may
 * name one more than the view reads, never one fewer.
 *
 * <p>Left out: SQLite's own {@code sqlite_%} tables, the shadow tables of virtual tables, tables the
 * predicate skips and their triggers. Reported in {@code unsupported}: virtual tables and the
 * {@code WITHOUT ROWID} and {@code STRICT} table options. Requested schemas that are not attached
 * are left out. Stateless; runs only queries, so the connection's transaction state is untouched.
 */
public final class SqliteInspector implements Inspector {

    public SqliteInspector() {
    }

    @Override
    public Catalog inspect(Connection connection, List<String> schemas, Predicate<String> skipTable)
            throws SQLException {
        List<String> attached = SqliteInspectRows.databases(connection);
        List<String> unsupported = new ArrayList<>();
        List<Schema> read = new ArrayList<>();
        for (String schema : new TreeSet<>(schemas.isEmpty() ? List.of("main") : schemas)) {
            if (attached.contains(schema)) {
                read.add(schema(connection, schema, skipTable, unsupported));
            }
        }
        unsupported.sort(null);
        return new Catalog(read, List.of(), unsupported);
    }

    private static Schema schema(Connection connection, String schema, Predicate<String> skipTable,
                                 List<String> unsupported) throws SQLException {
        List<Entry> entries = SqliteInspectRows.entries(connection, schema);
        SqliteInspectTables.Rows rows = new SqliteInspectTables.Rows(
                group(SqliteInspectRows.columns(connection, schema), ColumnRow::table),
                group(SqliteInspectRows.indexes(connection, schema), IndexRow::table),
                group(SqliteInspectRows.foreignKeys(connection, schema), ForeignKeyRow::table),
                entries.stream().filter(e -> e.type().equals("index") && e.sql() != null)
                        .collect(Collectors.toMap(Entry::name, Entry::sql)));
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>();
        List<String> relations = entries.stream().filter(e -> e.type().equals("table") || e.type().equals("view"))
                .map(Entry::name).toList();
        for (Entry entry : entries) {
            switch (entry.type()) {
                case "table" -> {
                    if (skipTable.test(entry.name()) || "shadow".equals(entry.tableType())) {
                        continue;
                    }
                    if ("virtual".equals(entry.tableType())
                            || entry.sql() != null && entry.sql().regionMatches(true, 0, "CREATE VIRTUAL", 0, 14)) {
                        unsupported.add("virtual table " + schema + "." + entry.name());
                        continue;
                    }
                    if (entry.withoutRowid()) {
                        unsupported.add("WITHOUT ROWID option of table " + schema + "." + entry.name());
                    }
                    if (entry.strict()) {
                        unsupported.add("STRICT option of table " + schema + "." + entry.name());
                    }
                    tables.add(SqliteInspectTables.build(schema, entry.name(), entry.sql(), rows));
                }
                case "view" -> views.add(new View(schema, entry.name(), viewQuery(entry.sql()), false,
                        dependsOn(schema, entry, relations), null));
                case "trigger" -> {
                    if (!skipTable.test(entry.table())) {
                        triggers.add(new Trigger(schema, entry.table(), entry.name(), entry.sql()));
                    }
                }
                default -> {
                    // indexes are read with their tables
                }
            }
        }
        tables.sort(Comparator.comparing(Table::name));
        views.sort(Comparator.comparing(View::name));
        triggers.sort(Comparator.comparing(Trigger::name));
        return new Schema(schema, tables, views, List.of(), List.of(), List.of(), triggers, null);
    }

    private static List<String> dependsOn(String schema, Entry view, List<String> relations) {
        Map<String, String> byLowerName = new HashMap<>();
        relations.forEach(r -> byLowerName.put(r.toLowerCase(Locale.ROOT), r));
        TreeSet<String> found = new TreeSet<>();
        for (Token token : SqliteInspectLexer.tokens(view.sql() == null ? "" : view.sql())) {
            if (token.kind() == Kind.WORD || token.kind() == Kind.QUOTED) {
                String name = byLowerName.get(token.identifier().toLowerCase(Locale.ROOT));
                if (name != null && !name.equals(view.name())) {
                    found.add(schema + "." + name);
                }
            }
        }
        return List.copyOf(found);
    }

    private static <T> Map<String, List<T>> group(List<T> rows, java.util.function.Function<T, String> table) {
        return rows.stream().collect(Collectors.groupingBy(table));
    }

    private static final java.util.regex.Pattern VIEW_HEAD = java.util.regex.Pattern.compile(
            "^\\s*CREATE\\s+(?:TEMP(?:ORARY)?\\s+)?VIEW\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
                    + "(?:\"[^\"]*\"|`[^`]*`|\\[[^\\]]*\\]|[^\\s(]+)(?:\\s*\\([^)]*\\))?\\s+AS\\s+(.*)$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);

    /** The query of a view, without its {@code CREATE VIEW name AS} head, as the model's definition holds it. */
    static String viewQuery(String sql) {
        java.util.regex.Matcher m = VIEW_HEAD.matcher(sql);
        return m.matches() ? m.group(1).strip() : sql;
    }
}
