package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Schema;
import io.shale.schema.Sequence;
import java.util.function.Predicate;

/**
 * Removes excluded objects from a catalog before it is compared, so they are never created,
 * altered or dropped. An object is excluded when the predicate accepts its qualified name
 * ({@code schema.name}) or its bare name. Tables, views, enums, domains, collations, composite and range types,
 * sequences and routines are matched by their own names; a trigger goes with its table as well as by
 * its own name; a sequence goes with the table that owns it; a comment on an index or constraint, a
 * policy, a partition's index name and an extended statistics object (also matched by its own name)
 * go with their table.
 */
final class Exclusion {
    private final Predicate<String> excluded;

    Exclusion(Predicate<String> excluded) {
        this.excluded = excluded == null ? name -> false : excluded;
    }

    boolean excludes(String schema, String name) {
        return excluded.test(Names.qualify(schema, name)) || excluded.test(name);
    }

    Catalog filter(Catalog catalog) {
        return new Catalog(catalog.schemas().stream().map(this::filter).toList(), catalog.extensions(),
                catalog.unsupported());
    }

    private Schema filter(Schema s) {
        String n = s.name();
        return new Schema(n,
                s.tables().stream().filter(t -> !excludes(t.schema(), t.name())).toList(),
                s.views().stream().filter(v -> !excludes(v.schema(), v.name())).toList(),
                s.enums().stream().filter(e -> !excludes(e.schema(), e.name())).toList(),
                s.sequences().stream().filter(q -> !excludes(q.schema(), q.name()) && !ownerExcluded(q)).toList(),
                s.routines().stream().filter(r -> !excludes(r.schema(), r.name())).toList(),
                s.triggers().stream()
                        .filter(t -> !excludes(t.schema(), t.table()) && !excludes(t.schema(), t.name())).toList(),
                s.comment(),
                s.domains().stream().filter(d -> !excludes(d.schema(), d.name())).toList(),
                s.comments().stream().filter(o -> !excludes(o.schema(), o.table())).toList(),
                s.policies().stream().filter(q -> !excludes(q.schema(), q.table())).toList(),
                s.collations().stream().filter(o -> !excludes(o.schema(), o.name())).toList(),
                s.partitionIndexes().stream().filter(x -> !excludes(x.schema(), x.partition())).toList(),
                s.compositeTypes().stream().filter(o -> !excludes(o.schema(), o.name())).toList(),
                s.statistics().stream().filter(x -> !excludes(x.tableSchema(), x.table())
                        && !excludes(x.schema(), x.name())).toList(),
                s.rangeTypes().stream().filter(r -> !excludes(r.schema(), r.name())).toList());
    }

    private boolean ownerExcluded(Sequence sequence) {
        String owner = sequence.ownedBy();
        if (owner == null || owner.lastIndexOf('.') < 0) {
            return false;
        }
        return excludes(sequence.schema(), owner.substring(0, owner.lastIndexOf('.')));
    }
}
