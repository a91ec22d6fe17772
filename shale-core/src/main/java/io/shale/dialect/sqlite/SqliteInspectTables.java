package io.shale.dialect.sqlite;

import io.shale.dialect.sqlite.SqliteDdlReader.CheckDdl;
import io.shale.dialect.sqlite.SqliteDdlReader.ColumnDdl;
import io.shale.dialect.sqlite.SqliteDdlReader.ForeignKeyDdl;
import io.shale.dialect.sqlite.SqliteDdlReader.IndexDdl;
import io.shale.dialect.sqlite.SqliteDdlReader.TableDdl;
import io.shale.dialect.sqlite.SqliteDdlReader.UniqueDdl;
import io.shale.dialect.sqlite.SqliteInspectRows.ColumnRow;
import io.shale.dialect.sqlite.SqliteInspectRows.ForeignKeyRow;
import io.shale.dialect.sqlite.SqliteInspectRows.IndexRow;
import io.shale.schema.CheckConstraint;
import io.shale.schema.Column;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.PrimaryKey;
import io.shale.schema.Table;
import io.shale.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds one SQLite {@link Table} from the pragma rows of that table and its parsed
 * {@code CREATE TABLE}. Names SQLite does not keep are made deterministic, so that two databases
 * built from the same DDL give equal tables: an unnamed unique constraint is
 * {@code table_col1_col2_key}, an unnamed foreign key {@code table_col1_col2_fkey}, the n-th unnamed
 * check {@code table_check_n} (in declaration order); a clash gets {@code _2}, {@code _3} appended.
 */
final class SqliteInspectTables {

    /** Everything the pragmas said of one schema, grouped by table name. */
    record Rows(Map<String, List<ColumnRow>> columns, Map<String, List<IndexRow>> indexes,
                Map<String, List<ForeignKeyRow>> foreignKeys, Map<String, String> indexSql) {
    }

    private SqliteInspectTables() {
    }

    static Table build(String schema, String name, String sql, Rows rows) {
        TableDdl ddl = SqliteDdlReader.readTable(sql);
        List<ColumnRow> columnRows = rows.columns().getOrDefault(name, List.of());
        return new Table(schema, name, columns(columnRows, ddl), primaryKey(columnRows),
                uniques(name, rows.indexes().getOrDefault(name, List.of()), ddl),
                foreignKeys(schema, name, rows, ddl), checks(name, ddl),
                indexes(rows.indexes().getOrDefault(name, List.of()), rows.indexSql()), null, null, null);
    }

    private static List<Column> columns(List<ColumnRow> rows, TableDdl ddl) {
        List<Column> columns = new ArrayList<>();
        for (ColumnRow row : rows.stream().sorted(Comparator.comparingInt(ColumnRow::cid)).toList()) {
            ColumnDdl declared = ddl.column(row.name());
            boolean autoincrement = declared != null && declared.autoincrement();
            String generated = row.hidden() == 2 || row.hidden() == 3
                    ? (declared == null || declared.generated() == null ? "" : declared.generated()) : null;
            String collation = declared == null || declared.collation() == null
                    || declared.collation().equalsIgnoreCase("BINARY") ? null : declared.collation();
            columns.add(new Column(row.name(), SqliteInspectTypes.parse(row.type()), !row.notNull(),
                    row.defaultValue(), autoincrement ? new Column.Identity(false, 1, 1) : null, generated, collation,
                    null));
        }
        return columns;
    }

    static PrimaryKey primaryKey(List<ColumnRow> rows) {
        List<String> columns = rows.stream().filter(r -> r.pk() > 0)
                .sorted(Comparator.comparingInt(ColumnRow::pk)).map(ColumnRow::name).toList();
        return columns.isEmpty() ? null : new PrimaryKey(null, columns);
    }

    private static List<UniqueConstraint> uniques(String table, List<IndexRow> rows, TableDdl ddl) {
        List<UniqueDdl> declared = new ArrayList<>(ddl.uniques());
        Set<String> taken = new HashSet<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (List<IndexRow> index : byIndex(rows, "u").values()) {
            List<String> columns = index.stream().map(IndexRow::column).toList();
            UniqueDdl match = declared.stream().filter(u -> sameNames(u.columns(), columns)).findFirst().orElse(null);
            declared.remove(match);
            String name = match != null && match.name() != null ? match.name()
                    : table + "_" + String.join("_", columns) + "_key";
            uniques.add(new UniqueConstraint(unique(taken, name), columns));
        }
        uniques.sort(Comparator.comparing(UniqueConstraint::name));
        return uniques;
    }

    private static List<Index> indexes(List<IndexRow> rows, Map<String, String> indexSql) {
        List<Index> indexes = new ArrayList<>();
        for (List<IndexRow> index : byIndex(rows, "c").values()) {
            IndexRow first = index.get(0);
            String sql = indexSql.get(first.index());
            IndexDdl ddl = SqliteDdlReader.readIndex(sql);
            List<Index.Key> keys = new ArrayList<>();
            for (IndexRow key : index) {
                String expression = key.cid() == -2 && key.seqno() < ddl.keys().size() ? ddl.keys().get(key.seqno())
                        : key.cid() == -2 ? "" : null;
                keys.add(new Index.Key(expression == null ? key.column() : null, expression, key.descending(), null));
            }
            indexes.add(new Index(first.index(), first.unique(), null, keys, List.of(),
                    first.partial() ? ddl.predicate() : null, sql));
        }
        indexes.sort(Comparator.comparing(Index::name));
        return indexes;
    }

    private static List<ForeignKey> foreignKeys(String schema, String table, Rows rows, TableDdl ddl) {
        Map<Integer, List<ForeignKeyRow>> byId = new LinkedHashMap<>();
        rows.foreignKeys().getOrDefault(table, List.of()).stream()
                .sorted(Comparator.comparingInt(ForeignKeyRow::id).reversed().thenComparingInt(ForeignKeyRow::seq))
                .forEach(r -> byId.computeIfAbsent(r.id(), id -> new ArrayList<>()).add(r));
        List<ForeignKeyDdl> declared = new ArrayList<>(ddl.foreignKeys());
        Set<String> taken = new HashSet<>();
        List<ForeignKey> keys = new ArrayList<>();
        for (List<ForeignKeyRow> key : byId.values()) {
            ForeignKeyRow first = key.get(0);
            List<String> columns = key.stream().map(ForeignKeyRow::from).toList();
            List<String> refColumns = key.stream().anyMatch(r -> r.to() == null)
                    ? parentKey(rows, first.refTable()) : key.stream().map(ForeignKeyRow::to).toList();
            ForeignKeyDdl match = declared.stream()
                    .filter(f -> sameNames(f.columns(), columns) && f.refTable().equalsIgnoreCase(first.refTable()))
                    .findFirst().orElse(null);
            declared.remove(match);
            String name = match != null && match.name() != null ? match.name()
                    : table + "_" + String.join("_", columns) + "_fkey";
            keys.add(new ForeignKey(unique(taken, name), columns, schema, first.refTable(), refColumns,
                    first.onDelete(), first.onUpdate(), match != null && match.deferrable(),
                    match != null && match.initiallyDeferred()));
        }
        keys.sort(Comparator.comparing(ForeignKey::name));
        return keys;
    }

    /** The parent's primary key columns, for a foreign key that names no referenced columns. */
    private static List<String> parentKey(Rows rows, String parent) {
        return rows.columns().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(parent)).findFirst()
                .map(e -> primaryKey(e.getValue())).map(PrimaryKey::columns).orElse(List.of());
    }

    private static List<CheckConstraint> checks(String table, TableDdl ddl) {
        Set<String> taken = new HashSet<>();
        ddl.checks().stream().map(CheckDdl::name).filter(n -> n != null)
                .forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
        List<CheckConstraint> checks = new ArrayList<>();
        int unnamed = 0;
        for (CheckDdl check : ddl.checks()) {
            String name = check.name() != null ? check.name() : unique(taken, table + "_check_" + ++unnamed);
            checks.add(new CheckConstraint(name, check.expression()));
        }
        checks.sort(Comparator.comparing(CheckConstraint::name));
        return checks;
    }

    /** The key rows of the indexes of one origin ({@code c}, {@code u}), by index name, keys in order. */
    private static Map<String, List<IndexRow>> byIndex(List<IndexRow> rows, String origin) {
        Map<String, List<IndexRow>> byIndex = new LinkedHashMap<>();
        rows.stream().filter(r -> r.origin().equals(origin))
                .sorted(Comparator.comparing(IndexRow::index).thenComparingInt(IndexRow::seqno))
                .forEach(r -> byIndex.computeIfAbsent(r.index(), n -> new ArrayList<>()).add(r));
        return byIndex;
    }

    private static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String unique(Set<String> taken, String name) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }
}
