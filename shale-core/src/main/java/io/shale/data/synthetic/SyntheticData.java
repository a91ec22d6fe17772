package io.shale.data.synthetic;

import io.shale.dialect.DataOperations;
import io.shale.schema.Catalog;
import io.shale.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Fills every table of a catalog with generated rows that respect the columns' types, NOT NULL,
 * primary keys and unique constraints and indexes (distinct values), foreign keys (parents first,
 * children reference existing parent keys), enums and defaults, and that include edge values:
 * NULLs in nullable columns, empty and longest allowed strings, the ends of numeric ranges, and
 * duplicates where nothing forbids them. Check constraints are left to the database: a row it
 * rejects is retried with tamer values (the constraint's own literals, NULLs), then dropped with a note.
 *
 * <p>One instance serves one run: it remembers how many values it handed out per table, so each
 * later fill of the same database continues with new distinct values.
 */
public final class SyntheticData {
    static final int ATTEMPTS = 4;

    private final DataOperations ops;
    private final Map<String, Long> counters = new HashMap<>();

    public SyntheticData(DataOperations ops) {
        this.ops = ops;
    }

    /**
     * Inserts {@code rowsPerTable} rows into every table of {@code catalog} that {@code skipTable}
     * does not reject, on {@code connection} in auto-commit mode (each row stands alone).
     *
     * @throws SQLException only when the database fails outside an insert (reading parent keys)
     */
    public FillReport fill(Connection connection, Catalog catalog, int rowsPerTable, Predicate<String> skipTable)
            throws SQLException {
        Map<String, Integer> inserted = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<Table> tables = catalog.tables().stream()
                .filter(t -> !skipTable.test(t.name()) && t.partitionOf() == null).toList();
        for (Table table : FillOrder.of(tables).tables()) {
            long start = counters.getOrDefault(table.name(), 0L);
            TableFiller filler = new TableFiller(ops, connection, catalog, table);
            TableFiller.Outcome out = filler.fill(start, rowsPerTable);
            counters.put(table.name(), start + rowsPerTable);
            inserted.put(table.name(), out.inserted());
            notes.addAll(out.notes());
        }
        return new FillReport(inserted, notes);
    }
}
