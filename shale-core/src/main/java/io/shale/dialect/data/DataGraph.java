package io.shale.dialect.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The base tables of the managed schema and the foreign keys between them. */
public record DataGraph(List<DataTable> tables, List<ForeignKeyEdge> foreignKeys) {
    public DataGraph {
        tables = List.copyOf(tables);
        foreignKeys = List.copyOf(foreignKeys);
    }

    public Optional<DataTable> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The table whose name matches {@code name} ignoring case, for names a user typed. */
    public Optional<DataTable> findIgnoringCase(String name) {
        Optional<DataTable> exact = table(name);
        return exact.isPresent() ? exact : tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    public List<String> tableNames() {
        return tables.stream().map(DataTable::name).toList();
    }

    /** The keys that reference {@code parent}. */
    public List<ForeignKeyEdge> referencing(String parent) {
        return foreignKeys.stream().filter(fk -> fk.parent().equals(parent)).toList();
    }

    /** This graph restricted to {@code names} (tables and the keys between them). */
    public DataGraph only(List<String> names) {
        List<DataTable> kept = tables.stream().filter(t -> names.contains(t.name())).toList();
        List<ForeignKeyEdge> edges = foreignKeys.stream()
                .filter(fk -> names.contains(fk.child()) && names.contains(fk.parent())).toList();
        return new DataGraph(kept, edges);
    }

    /**
     * Assembles a graph from the rows of the three catalog queries a dialect supplies.
     *
     * @param primaryKeyColumns (table, column) in key order
     * @param foreignKeyColumns one row per referencing column, in key order; a null parent column
     *                          means "the parent's primary key column at this position" (SQLite)
     */
    public static DataGraph assemble(List<String> tableNames, List<String[]> primaryKeyColumns,
                                     List<ForeignKeyColumn> foreignKeyColumns) {
        Map<String, List<String>> pks = new LinkedHashMap<>();
        for (String t : tableNames) {
            pks.put(t, new ArrayList<>());
        }
        for (String[] row : primaryKeyColumns) {
            List<String> cols = pks.get(row[0]);
            if (cols != null) {
                cols.add(row[1]);
            }
        }
        List<DataTable> tables = new ArrayList<>();
        pks.forEach((name, cols) -> tables.add(new DataTable(name, cols)));
        Map<String, List<ForeignKeyColumn>> byKey = new LinkedHashMap<>();
        for (ForeignKeyColumn c : foreignKeyColumns) {
            if (pks.containsKey(c.child()) && pks.containsKey(c.parent())) {
                byKey.computeIfAbsent(c.child() + "\u0000" + c.name(), k -> new ArrayList<>()).add(c);
            }
        }
        List<ForeignKeyEdge> edges = new ArrayList<>();
        for (List<ForeignKeyColumn> cols : byKey.values()) {
            ForeignKeyColumn first = cols.get(0);
            List<String> parentPk = pks.get(first.parent());
            List<String> childCols = new ArrayList<>();
            List<String> parentCols = new ArrayList<>();
            boolean nullable = true;
            for (int i = 0; i < cols.size(); i++) {
                ForeignKeyColumn c = cols.get(i);
                childCols.add(c.childColumn());
                parentCols.add(c.parentColumn() != null ? c.parentColumn()
                        : i < parentPk.size() ? parentPk.get(i) : c.childColumn());
                nullable &= c.nullable();
            }
            edges.add(new ForeignKeyEdge(first.name(), first.child(), childCols, first.parent(), parentCols,
                    first.onDelete(), nullable));
        }
        return new DataGraph(tables, edges);
    }

    /** One referencing column of a foreign key, as a catalog query returns it. */
    public record ForeignKeyColumn(String name, String child, String childColumn, String parent, String parentColumn,
                                   DeleteRule onDelete, boolean nullable) {
    }
}
