package io.shale.dialect.sqlite;

import io.shale.dialect.Renderer;
import io.shale.schema.Catalog;
import io.shale.schema.Table;
import io.shale.schema.Trigger;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQLite SQL for a plan. Tables that need a change {@code ALTER TABLE} cannot make are rebuilt
 * ({@link SqliteTableRebuild}) once each, where the plan first touches them; the rebuild builds the
 * whole target table from {@code to}, so every other change on that table (columns, renames,
 * constraints, indexes, triggers, a rename of the table itself) is part of it and renders nothing more.
 */
public final class SqliteRenderer implements Renderer {

    @Override
    public List<String> render(List<Change> changes, Catalog from, Catalog to) {
        SqliteRenderTouch touches = new SqliteRenderTouch(from);
        List<SqliteRenderTouch.Touch> touched = changes.stream().map(change -> change.accept(touches)).toList();
        Set<String> rebuilt = rebuiltTables(changes, touched);
        Map<String, String> oldTableNames = new HashMap<>();
        Map<String, Map<String, String>> oldColumnNames = new HashMap<>();
        for (Change change : changes) {
            if (change instanceof Change.RenameTable rename && rebuilt.contains(rename.to())) {
                oldTableNames.put(rename.to(), rename.from());
            }
            if (change instanceof Change.RenameColumn rename && rebuilt.contains(rename.table())) {
                oldColumnNames.computeIfAbsent(rename.table(), table -> new HashMap<>()).put(rename.to(), rename.from());
            }
        }
        SqliteRenderVisitor visitor = new SqliteRenderVisitor(to);
        Set<String> done = new HashSet<>();
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            String table = touched.get(i).table();
            if (table != null && rebuilt.contains(table)) {
                if (done.add(table)) {
                    String source = oldTableNames.getOrDefault(table, table);
                    statements.addAll(SqliteTableRebuild.statements(source, required(from, source, "from"),
                            required(to, table, "to"), oldColumnNames.getOrDefault(table, Map.of()),
                            triggers(to, table)));
                }
            } else {
                statements.addAll(changes.get(i).accept(visitor));
            }
        }
        return List.copyOf(statements);
    }

    /** Tables that need a rebuild and exist on both sides (a created table has it all inline, a dropped one is gone). */
    private static Set<String> rebuiltTables(List<Change> changes, List<SqliteRenderTouch.Touch> touched) {
        Set<String> createdOrDropped = new HashSet<>();
        for (Change change : changes) {
            if (change instanceof Change.CreateTable create) {
                createdOrDropped.add(create.table().name());
            } else if (change instanceof Change.DropTable drop) {
                createdOrDropped.add(drop.table().name());
            }
        }
        Set<String> rebuilt = new HashSet<>();
        touched.stream().filter(SqliteRenderTouch.Touch::needsRebuild)
                .map(SqliteRenderTouch.Touch::table)
                .filter(table -> !createdOrDropped.contains(table))
                .forEach(rebuilt::add);
        return rebuilt;
    }

    private static Table required(Catalog catalog, String table, String side) {
        return SqliteRenderTouch.table(catalog, table).orElseThrow(() -> new IllegalArgumentException(
                "cannot rebuild table " + table + ": it is not in the " + side + " catalog"));
    }

    private static List<Trigger> triggers(Catalog catalog, String table) {
        return catalog.schemas().stream().flatMap(schema -> schema.triggers().stream())
                .filter(trigger -> trigger.table().equals(table)).toList();
    }
}
