package io.shale.dialect.mysql;

import io.shale.schema.Catalog;
import io.shale.schema.ForeignKey;
import io.shale.schema.Routine;
import io.shale.schema.Schema;
import io.shale.schema.Table;
import io.shale.schema.Trigger;
import io.shale.schema.View;

/**
 * Renames one schema throughout a catalog: MySQL schemas are databases, and two test databases
 * built from the same DDL differ in nothing but their names.
 */
final class CatalogSchemaRename {
    private final String from;
    private final String to;

    private CatalogSchemaRename(String from, String to) {
        this.from = from;
        this.to = to;
    }

    static Catalog rename(Catalog catalog, String from, String to) {
        CatalogSchemaRename rename = new CatalogSchemaRename(from, to);
        return new Catalog(catalog.schemas().stream().map(rename::schema).toList(), catalog.extensions(),
                catalog.unsupported().stream().map(line -> line.replace(" " + from + ".", " " + to + ".")).toList());
    }

    private Schema schema(Schema s) {
        return new Schema(name(s.name()), s.tables().stream().map(this::table).toList(),
                s.views().stream().map(v -> new View(name(v.schema()), v.name(), v.definition(), v.materialized(),
                        v.dependsOn().stream().map(this::qualified).toList(), v.comment())).toList(),
                s.enums(), s.sequences(),
                s.routines().stream().map(r -> new Routine(name(r.schema()), r.name(), r.signature(), r.definition()))
                        .toList(),
                s.triggers().stream().map(t -> new Trigger(name(t.schema()), t.table(), t.name(), t.definition()))
                        .toList(),
                s.comment());
    }

    private Table table(Table t) {
        return new Table(name(t.schema()), t.name(), t.columns(), t.primaryKey(), t.uniques(),
                t.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), fk.columns(), name(fk.refSchema()),
                        fk.refTable(), fk.refColumns(), fk.onDelete(), fk.onUpdate(), fk.deferrable(),
                        fk.initiallyDeferred(), fk.notValid())).toList(),
                t.checks(), t.indexes(), t.partitioning(), t.partitionOf(), t.comment(), t.collation(), t.unlogged());
    }

    private String name(String schema) {
        return from.equals(schema) ? to : schema;
    }

    private String qualified(String name) {
        return name.startsWith(from + ".") ? to + name.substring(from.length()) : name;
    }
}
