package io.shale.schema;

import java.util.List;

/**
 * Renames a schema throughout a catalog (objects, foreign key targets, view dependencies and
 * qualified references in definitions), so catalogs of two databases compare equal where the
 * schema is the database itself (MySQL/MariaDB name it after the database).
 */
public final class SchemaRename {
    private SchemaRename() {
    }

    public static Catalog rename(Catalog c, String from, String to) {
        List<Schema> schemas = c.schemas().stream().map(s -> new Schema(n(s.name(), from, to),
                s.tables().stream().map(t -> table(t, from, to)).toList(),
                s.views().stream().map(v -> new View(n(v.schema(), from, to), v.name(), v.definition().replace(from + ".", to + "."),
                        v.materialized(), v.dependsOn().stream().map(d -> d.startsWith(from + ".") ? to + d.substring(from.length()) : d).toList(),
                        v.comment(), v.indexes())).toList(),
                s.enums().stream().map(e -> new EnumType(n(e.schema(), from, to), e.name(), e.values())).toList(),
                s.sequences().stream().map(q -> new Sequence(n(q.schema(), from, to), q.name(), q.dataType(), q.start(),
                        q.increment(), q.min(), q.max(), q.cycle(), q.ownedBy())).toList(),
                s.routines().stream().map(r -> new Routine(n(r.schema(), from, to), r.name(), r.signature(),
                        r.definition().replace(from + ".", to + "."))).toList(),
                s.triggers().stream().map(t -> new Trigger(n(t.schema(), from, to), t.table(), t.name(),
                        t.definition().replace(from + ".", to + "."))).toList(),
                s.comment(),
                s.domains().stream().map(d -> new Domain(n(d.schema(), from, to), d.name(), d.baseType(), d.collation(),
                        d.defaultExpression(), d.notNull(), d.checks(), d.comment())).toList(),
                s.comments().stream().map(o -> new ObjectComment(n(o.schema(), from, to), o.kind(), o.table(), o.name(),
                        o.comment())).toList(),
                s.policies().stream().map(q -> new Policy(n(q.schema(), from, to), q.table(), q.name(), q.permissive(),
                        q.command(), q.roles(), q.using(), q.withCheck())).toList(),
                s.collations().stream().map(o -> new Collation(n(o.schema(), from, to), o.name(), o.provider(),
                        o.locale(), o.lcCollate(), o.lcCtype(), o.deterministic(), o.rules(), o.comment())).toList(),
                s.partitionIndexes().stream().map(x -> new PartitionIndex(n(x.schema(), from, to), x.partition(),
                        x.parentIndex(), x.name(), x.kind(), x.columns())).toList(),
                s.compositeTypes().stream().map(o -> new CompositeType(n(o.schema(), from, to), o.name(),
                        o.attributes().stream().map(a -> new CompositeType.Attribute(a.name(),
                                a.type().startsWith(from + ".") ? to + a.type().substring(from.length()) : a.type(),
                                a.collation())).toList(), o.comment())).toList(),
                s.statistics().stream().map(x -> new ExtendedStatistics(n(x.schema(), from, to), x.name(),
                        n(x.tableSchema(), from, to), x.table(), x.kinds(), x.on(), x.target(), x.comment())).toList(),
                s.rangeTypes().stream().map(r -> new RangeType(n(r.schema(), from, to), r.name(),
                        prefixed(r.subtype(), from, to), prefixed(r.opclass(), from, to), r.collation(),
                        prefixed(r.canonical(), from, to), prefixed(r.subtypeDiff(), from, to), r.multirange(),
                        r.comment())).toList()))
                .toList();
        return new Catalog(schemas, c.extensions(), c.unsupported());
    }

    private static Table table(Table t, String from, String to) {
        return new Table(n(t.schema(), from, to), t.name(), t.columns(), t.primaryKey(), t.uniques(),
                t.foreignKeys().stream().map(f -> new ForeignKey(f.name(), f.columns(), n(f.refSchema(), from, to),
                        f.refTable(), f.refColumns(), f.onDelete(), f.onUpdate(), f.deferrable(), f.initiallyDeferred(), f.notValid()))
                        .toList(),
                t.checks(), t.indexes(), t.partitioning(), t.partitionOf(), t.comment(), t.collation(),
                t.unlogged(), t.exclusions(), t.rowSecurity(), t.forceRowSecurity());
    }

    private static String n(String name, String from, String to) {
        return from.equals(name) ? to : name;
    }

    /** {@code reference} with a leading {@code from.} made {@code to.}; null stays null. */
    private static String prefixed(String reference, String from, String to) {
        return reference != null && reference.startsWith(from + ".") ? to + reference.substring(from.length()) : reference;
    }
}
