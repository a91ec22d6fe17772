package io.shale.lint;

import io.shale.schema.Catalog;
import io.shale.schema.Column;
import io.shale.schema.Table;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule knows while lint walks one migration: the catalog before the migration, the tables
 * the migration itself created so far (never "existing", whatever the catalog says), and a few facts
 * about earlier statements. Names compare case-insensitively, since engines fold unquoted names
 * differently (PostgreSQL to lower, H2 to upper case). One scope per migration; not shared.
 */
final class Scope {
    private final Catalog before;
    private final boolean transactional;
    private final Set<String> created = new HashSet<>();
    private final Set<String> reported = new HashSet<>();
    private final Set<String> updated = new HashSet<>();
    private boolean lockTimeoutSet;

    Scope(Catalog before, boolean transactional) {
        this.before = before;
        this.transactional = transactional;
    }

    /** Whether the migration runs in a transaction (no {@code -- shale:no-transaction}). */
    boolean transactional() {
        return transactional;
    }

    /** The table as it was before the migration, unless the migration created it itself. */
    Optional<Table> existing(QName table) {
        if (table == null || created.contains(key(table.name()))) {
            return Optional.empty();
        }
        return before.tables().stream()
                .filter(t -> t.name().equalsIgnoreCase(table.name()))
                .filter(t -> table.schema() == null || t.schema() == null || t.schema().equalsIgnoreCase(table.schema()))
                .findFirst();
    }

    /** Every table of the catalog before the migration. */
    java.util.List<Table> beforeTables() {
        return before.tables();
    }

    Optional<Column> existingColumn(QName table, String column) {
        return existing(table).flatMap(t -> t.columns().stream().filter(c -> c.name().equalsIgnoreCase(column))
                .findFirst());
    }

    boolean lockTimeoutSet() {
        return lockTimeoutSet;
    }

    /** Whether an earlier statement of the migration ran UPDATE on {@code table} (a backfill). */
    boolean updated(String table) {
        return updated.contains(key(table));
    }

    boolean reported(String code) {
        return reported.contains(code);
    }

    void markReported(String code) {
        reported.add(code);
    }

    /** Records what {@code s} changes for the statements after it. */
    void after(Stmt s) {
        if (s.starts("CREATE")) {
            int t = s.find(0, "TABLE");
            if (t >= 0 && t <= 4) {
                int i = s.skip(t + 1, "IF", "NOT", "EXISTS");
                QName name = s.name(i);
                if (name != null) {
                    created.add(key(name.name()));
                }
            }
        }
        if (s.starts("UPDATE")) {
            QName name = s.name(s.skip(1, "ONLY"));
            if (name != null) {
                updated.add(key(name.name()));
            }
        }
        AlterTable alter = s.alterTable();
        if (alter != null && created.contains(key(alter.table().name()))) {
            for (Action a : alter.actions()) {
                String renamed = a.renameTable();
                if (renamed != null) {
                    created.add(key(renamed));
                }
            }
        }
        if ((s.starts("SET") || s.starts("SET", "LOCAL") || s.starts("SET", "SESSION")) && s.has("LOCK_TIMEOUT")) {
            lockTimeoutSet = true;
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
