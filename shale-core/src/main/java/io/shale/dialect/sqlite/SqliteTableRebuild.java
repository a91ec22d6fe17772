package io.shale.dialect.sqlite;

import static io.shale.dialect.sqlite.SqliteRenderNames.ident;

import io.shale.dialect.RenderSupport;
import io.shale.schema.Column;
import io.shale.schema.Table;
import io.shale.schema.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The table rebuild SQLite needs for every change it cannot make with {@code ALTER TABLE} (constraints,
 * column types, nullability, defaults), following "Making Other Kinds Of Table Schema Changes" of the
 * SQLite documentation: create the target table under a temporary name, copy the rows, drop the old
 * table, rename the new one (with {@code legacy_alter_table} on, so views and triggers that read the table
 * do not fail the rename), recreate the indexes and triggers.
 *
 * <p>It must run with {@code PRAGMA foreign_keys=OFF}: with foreign keys on, {@code DROP TABLE} deletes
 * (or refuses to delete) the rows of other tables that reference this one. That pragma is a no-op inside
 * a transaction, so it cannot be part of the migration itself; the rebuild says so in a comment.
 */
public final class SqliteTableRebuild {
    static final String SUFFIX = "__shale_new";

    private SqliteTableRebuild() {
    }

    /**
     * @param source     the table's name in the database when the rebuild runs (its old name when it is also renamed)
     * @param before     the table as it is, from the {@code from} catalog
     * @param after      the target table, from the {@code to} catalog
     * @param oldNames   renamed columns: target name to current name
     * @param triggers   the target catalog's triggers on the table
     */
    static List<String> statements(String source, Table before, Table after, Map<String, String> oldNames,
                                   List<Trigger> triggers) {
        String temporary = after.name() + SUFFIX;
        List<String> copied = new ArrayList<>();
        List<String> selected = new ArrayList<>();
        for (Column column : after.columns()) {
            String oldName = oldNames.getOrDefault(column.name(), column.name());
            if (column.generated() == null && before.column(oldName).isPresent()) {
                copied.add(ident(column.name()));
                selected.add(ident(oldName));
            }
        }
        List<String> statements = new ArrayList<>();
        statements.add("-- SQLite cannot make this change to " + after.name() + " in place: the table is rebuilt.");
        statements.add("-- Run it with PRAGMA foreign_keys=OFF (a no-op inside a transaction, so set it before the"
                + " migration): with foreign keys on, DROP TABLE deletes or rejects the rows that reference it.");
        statements.add(SqliteRenderTables.create(after, temporary));
        if (!copied.isEmpty()) {
            statements.add("INSERT INTO " + ident(temporary) + " (" + String.join(", ", copied) + ")\n"
                    + "SELECT " + String.join(", ", selected) + " FROM " + ident(source));
        }
        statements.add("DROP TABLE " + ident(source));
        // Since 3.26 a rename checks every view and trigger of the schema, and those that read the table
        // fail now that it is dropped; the legacy rename leaves them alone, and they read the new table.
        statements.add("PRAGMA legacy_alter_table=ON");
        statements.add("ALTER TABLE " + ident(temporary) + " RENAME TO " + ident(after.name()));
        statements.add("PRAGMA legacy_alter_table=OFF");
        after.indexes().forEach(index -> statements.add(SqliteRenderTables.createIndex(after.name(), index)));
        statements.addAll(triggers.stream().map(trigger -> RenderSupport.statement(trigger.definition()))
                .collect(Collectors.toList()));
        return statements;
    }
}
