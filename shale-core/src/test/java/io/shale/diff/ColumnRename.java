package io.shale.diff;

import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.Sequence;
import java.util.List;
import java.util.Objects;

/** What a database updates by itself when a column is renamed: keys, indexes and sequence owners. */
final class ColumnRename {
    private ColumnRename() {
    }

    static void apply(ReplayState s, ReplayState.TableState t, String from, String to) {
        String table = t.qualifiedName();
        if (t.primaryKey != null) {
            t.primaryKey = rename(t.primaryKey, from, to);
        }
        t.uniques.replaceAll((n, cols) -> rename(cols, from, to));
        t.indexes.replaceAll((n, i) -> new Index(i.name(), i.unique(), i.method(),
                i.keys().stream().map(k -> from.equals(k.column())
                        ? new Index.Key(to, k.expression(), k.descending(), k.nullsFirst()) : k).toList(),
                rename(i.include(), from, to), i.predicate(), i.definition()));
        for (ReplayState.TableState other : s.tables.values()) {
            other.foreignKeys.replaceAll((n, f) -> new ForeignKey(f.name(),
                    other == t ? rename(f.columns(), from, to) : f.columns(), f.refSchema(), f.refTable(),
                    Names.qualify(f.refSchema(), f.refTable()).equals(table) ? rename(f.refColumns(), from, to)
                            : f.refColumns(),
                    f.onDelete(), f.onUpdate(), f.deferrable(), f.initiallyDeferred()));
        }
        s.sequences.replaceAll((n, q) -> Objects.equals(q.schema(), t.schema)
                && Objects.equals(q.ownedBy(), t.name + "." + from)
                ? new Sequence(q.schema(), q.name(), q.dataType(), q.start(), q.increment(), q.min(), q.max(),
                q.cycle(), t.name + "." + to) : q);
    }

    private static List<String> rename(List<String> columns, String from, String to) {
        return columns.stream().map(c -> c.equals(from) ? to : c).toList();
    }
}
