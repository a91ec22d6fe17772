package io.shale.dialect.postgres;

import static io.shale.dialect.postgres.PostgresRenderNames.ident;
import static io.shale.dialect.postgres.PostgresRenderNames.qualified;

import io.shale.dialect.RenderSupport;
import io.shale.schema.PartitionIndex;
import io.shale.schema.change.Change;
import java.util.List;

/**
 * The names of partitions' shares of their parents' indexes. PostgreSQL creates such an index when
 * the parent's index or the partition is created, and names it itself ({@code events_2026_at_idx});
 * a schema that names it otherwise gets it renamed:
 * <ul>
 * <li>an index the plan created: a {@code DO} block finds, by the catalog, the partition's index that
 *     is attached to the parent's, and renames it (nothing when the database's own choice is the
 *     wanted name);</li>
 * <li>an index that already exists: {@code ALTER INDEX ... RENAME TO}.</li>
 * </ul>
 */
final class PostgresRenderPartitionIndexes {
    /** PostgreSQL's {@code NAMEDATALEN}: names hold at most one byte less. */
    private static final int NAMEDATALEN = 64;

    private PostgresRenderPartitionIndexes() {
    }

    static List<String> name(Change.NamePartitionIndex change) {
        PartitionIndex x = change.index();
        if (change.currentName() != null) {
            return change.currentName().equals(x.name()) ? List.of()
                    : List.of("ALTER INDEX " + qualified(x.schema(), change.currentName()) + " RENAME TO " + ident(x.name()));
        }
        if (x.name().equals(chosenName(x))) {
            return List.of();
        }
        String schema = x.schema() == null ? "current_schema()" : RenderSupport.literal(x.schema());
        return List.of("""
                DO $shale$
                DECLARE
                    chosen name;
                BEGIN
                    SELECT c.relname INTO chosen
                      FROM pg_catalog.pg_inherits i
                      JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
                      JOIN pg_catalog.pg_index x ON x.indexrelid = c.oid
                     WHERE i.inhparent = %1$s::regclass AND x.indrelid = %2$s::regclass;
                    IF chosen IS NULL THEN
                        RAISE EXCEPTION 'no index of %% is attached to %%', %2$s, %1$s
                            USING HINT = 'attach the partition''s index to the parent''s'
                                || ' (ALTER INDEX parent_index ATTACH PARTITION partition_index), then run the migration again';
                    ELSIF chosen <> %3$s THEN
                        EXECUTE format('ALTER INDEX %%I.%%I RENAME TO %%I', %4$s, chosen, %3$s);
                    END IF;
                END
                $shale$""".formatted(RenderSupport.literal(qualified(x.schema(), x.parentIndex())),
                RenderSupport.literal(qualified(x.schema(), x.partition())), RenderSupport.literal(x.name()), schema));
    }

    /**
     * The name PostgreSQL gives the partition's index when nothing else holds it: {@code ChooseIndexName}
     * with the partition's name, the index's column names as the database chose them and a label by
     * kind, shortened to fit as {@code makeObjectName} does. (Were that name taken, the database
     * would choose another, and the generated file's proof would report the difference.)
     */
    static String chosenName(PartitionIndex x) {
        return switch (x.kind()) {
            case PRIMARY_KEY -> objectName(x.partition(), null, "pkey");
            case UNIQUE -> objectName(x.partition(), addition(x.columns()), "key");
            case EXCLUSION -> objectName(x.partition(), addition(x.columns()), "excl");
            case INDEX -> objectName(x.partition(), addition(x.columns()), "idx");
        };
    }

    /** {@code ChooseIndexNameAddition}: the column names (unique already) joined by underscores. */
    private static String addition(List<String> columns) {
        StringBuilder sb = new StringBuilder();
        for (String name : columns) {
            if (!sb.isEmpty()) {
                sb.append('_');
            }
            sb.append(name);
            if (sb.length() >= NAMEDATALEN) {
                break;
            }
        }
        return sb.toString();
    }

    /** {@code makeObjectName}: the longer of the two names shortened first until the whole fits. */
    private static String objectName(String name1, String name2, String label) {
        int overhead = (name2 == null ? 0 : 1) + label.length() + 1;
        int avail = NAMEDATALEN - 1 - overhead;
        int chars1 = name1.length();
        int chars2 = name2 == null ? 0 : name2.length();
        while (chars1 + chars2 > avail) {
            if (chars1 > chars2) {
                chars1--;
            } else {
                chars2--;
            }
        }
        return name1.substring(0, chars1) + (name2 == null ? "" : "_" + name2.substring(0, chars2)) + "_" + label;
    }
}
