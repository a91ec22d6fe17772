package io.shale.lint;

import static io.shale.lint.Rule.ALL;
import static io.shale.lint.Rule.CONCURRENT_INDEXES;
import static io.shale.lint.Rule.ENUM_TYPES;
import static io.shale.lint.Rule.LONG_NAMES;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * BC1xx backward-incompatible renames, TX1xx transaction control, PG4xx PostgreSQL specifics, and
 * LT1xx findings about suppressions themselves (reported by {@link Suppressions}, listed here).
 */
final class CompatibilityRules {
    private CompatibilityRules() {
    }

    static List<Rule> all() {
        return List.of(
                Rule.of("BC101", Severity.WARNING, "existing table renamed",
                        "deployed code still uses the old name: create a view with the old name, or rename in "
                                + "two releases (add the new name, move readers and writers, then drop the old)",
                        ALL, (s, scope, report) -> {
                            Alters.onExisting(s, scope, (table, a) -> {
                                String to = a.renameTable();
                                if (to != null) {
                                    report.accept("renames table " + table.name() + " to " + to);
                                }
                            });
                            if (s.starts("RENAME", "TABLE")) {
                                QName from = s.name(2);
                                if (from != null && scope.existing(from).isPresent()) {
                                    report.accept("renames table " + from);
                                }
                            }
                        }),
                Rule.of("BC102", Severity.WARNING, "existing column renamed",
                        "deployed code still uses the old name: add the new column, write both, backfill, move "
                                + "readers, then drop the old column in a later release",
                        ALL, (s, scope, report) -> Alters.onExisting(s, scope, (table, a) -> {
                            String[] names = a.renameColumn();
                            if (names == null) {
                                Action.AlterColumn change = a.alterColumn();
                                if (change != null && !change.column().equalsIgnoreCase(change.newName())) {
                                    names = new String[] {change.column(), change.newName()};
                                }
                            }
                            if (names != null && DataRules.column(table, names[0]).isPresent()) {
                                report.accept("renames column " + table.name() + "." + names[0] + " to " + names[1]);
                            }
                        })),
                Rule.of("TX101", Severity.ERROR, "CONCURRENTLY inside a transactional migration",
                        "put `-- shale:no-transaction` at the top of the file, with the concurrent statement alone in it",
                        CONCURRENT_INDEXES, (s, scope, report) -> {
                            boolean concurrent = (s.starts("CREATE") || s.starts("DROP") || s.starts("REINDEX"))
                                    && s.has("CONCURRENTLY");
                            if (concurrent && scope.transactional()) {
                                report.accept("CONCURRENTLY cannot run inside the transaction this migration runs in");
                            }
                        }),
                Rule.of("TX102", Severity.ERROR, "transaction control inside a migration",
                        "remove BEGIN/COMMIT/ROLLBACK: Shale runs each migration in its own transaction, or none "
                                + "with `-- shale:no-transaction`",
                        ALL, (s, scope, report) -> {
                            boolean control = (s.starts("BEGIN") && s.size() <= 3) || s.starts("START", "TRANSACTION")
                                    || s.starts("COMMIT") || (s.starts("ROLLBACK") && !s.has("TO"))
                                    || (s.starts("END") && s.size() <= 2);
                            if (control) {
                                report.accept(s.at(0).text().toUpperCase(java.util.Locale.ROOT)
                                        + " ends or starts the transaction Shale manages");
                            }
                        }),
                Rule.optIn("PG401", Severity.WARNING, "enum value added without BEFORE or AFTER",
                        "name the position: ALTER TYPE t ADD VALUE 'v' BEFORE 'w' (or AFTER), so the order is deliberate",
                        ENUM_TYPES, (s, scope, report) -> {
                            if (s.starts("ALTER", "TYPE") && s.has("ADD", "VALUE") && !s.has("BEFORE")
                                    && !s.has("AFTER")) {
                                QName type = s.name(2);
                                report.accept("adds a value at the end of enum " + type);
                            }
                        }),
                Rule.of("PG402", Severity.ERROR, "identifier longer than 63 bytes",
                        "shorten the name: PostgreSQL silently truncates it to 63 bytes, so two long names may collide",
                        LONG_NAMES, (s, scope, report) -> {
                            if (!(s.starts("CREATE") || s.starts("ALTER") || s.starts("COMMENT"))) {
                                return;
                            }
                            Set<String> seen = new HashSet<>();
                            for (Tok t : s.tokens()) {
                                if (t.isIdentifier() && t.name().getBytes(StandardCharsets.UTF_8).length > 63
                                        && seen.add(t.name())) {
                                    report.accept("identifier " + t.name() + " is "
                                            + t.name().getBytes(StandardCharsets.UTF_8).length + " bytes long");
                                }
                            }
                        }),
                Rule.of(Suppressions.NO_REASON, Severity.ERROR, "lint-ignore without a reason",
                        "write why the statement is safe: `-- shale:lint-ignore CODE the table is empty in every environment`",
                        ALL, (s, scope, report) -> { }),
                Rule.of(Suppressions.UNKNOWN_CODE, Severity.WARNING, "lint-ignore names an unknown rule",
                        "use a code listed by docs/lint.md",
                        ALL, (s, scope, report) -> { }));
    }
}
