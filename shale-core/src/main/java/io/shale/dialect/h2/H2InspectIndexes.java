package io.shale.dialect.h2;

import io.shale.dialect.h2.H2InspectQuery.Name;
import io.shale.schema.Index;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the indexes a user created (not those H2 made for a constraint, {@code IS_GENERATED}) with
 * one query each of INDEXES and INDEX_COLUMNS. H2 has neither partial nor expression indexes and
 * prints no {@code CREATE INDEX}, so predicate and definition are null. {@code nullsFirst} is set only
 * where the order differs from H2's default (nulls first ascending, last descending); {@code method}
 * is {@code spatial} for a spatial index and null otherwise.
 */
final class H2InspectIndexes {

    private record IndexRow(Name index, Name table, boolean unique, boolean spatial) {
    }

    private record KeyRow(Name index, int position, Index.Key key) {
    }

    private H2InspectIndexes() {
    }

    /** Indexes by table, each list sorted by name. */
    static Map<Name, List<Index>> read(Connection connection, List<String> schemas) throws SQLException {
        List<IndexRow> indexes = H2InspectQuery.list(connection, "SELECT INDEX_SCHEMA, INDEX_NAME, TABLE_SCHEMA,"
                + " TABLE_NAME, INDEX_TYPE_NAME FROM INFORMATION_SCHEMA.INDEXES"
                + " WHERE IS_GENERATED = FALSE AND TABLE_SCHEMA IN (%s)", schemas,
                r -> new IndexRow(new Name(r.getString(1), r.getString(2)), new Name(r.getString(3), r.getString(4)),
                        r.getString(5).startsWith("UNIQUE"), r.getString(5).startsWith("SPATIAL")));
        Map<Name, List<KeyRow>> keys = new LinkedHashMap<>();
        for (KeyRow key : H2InspectQuery.list(connection, "SELECT INDEX_SCHEMA, INDEX_NAME, COLUMN_NAME,"
                + " ORDINAL_POSITION, ORDERING_SPECIFICATION, NULL_ORDERING FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                + " WHERE TABLE_SCHEMA IN (%s)", schemas, r -> {
                    boolean descending = "DESC".equals(r.getString(5));
                    String nulls = r.getString(6);
                    Boolean nullsFirst = descending && "FIRST".equals(nulls) ? Boolean.TRUE
                            : !descending && "LAST".equals(nulls) ? Boolean.FALSE : null;
                    return new KeyRow(new Name(r.getString(1), r.getString(2)), r.getInt(4),
                            new Index.Key(r.getString(3), null, descending, nullsFirst));
                })) {
            keys.computeIfAbsent(key.index(), n -> new ArrayList<>()).add(key);
        }
        Map<Name, List<Index>> byTable = new HashMap<>();
        for (IndexRow index : indexes) {
            List<Index.Key> parts = keys.getOrDefault(index.index(), List.of()).stream()
                    .sorted(Comparator.comparingInt(KeyRow::position)).map(KeyRow::key).toList();
            byTable.computeIfAbsent(index.table(), t -> new ArrayList<>()).add(new Index(index.index().name(),
                    index.unique(), index.spatial() ? "spatial" : null, parts, List.of(), null, null));
        }
        byTable.values().forEach(list -> list.sort(Comparator.comparing(Index::name)));
        return byTable;
    }
}
