package io.shale.lint;

import static io.shale.lint.Rule.ALL;

import io.shale.schema.Column;
import io.shale.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * MF1xx: statements that succeed on an empty table and may fail once it holds rows. Whether a table
 * has rows is not known statically, so every table that existed before the migration may.
 */
final class DataRules {
    private DataRules() {
    }

    static List<Rule> all() {
        return List.of(
                Rule.of("MF101", Severity.ERROR, "NOT NULL column without a default added to an existing table",
                        "add the column with a DEFAULT, or add it nullable, backfill it, then SET NOT NULL",
                        ALL, (s, scope, report) -> Alters.onExisting(s, scope, (table, a) -> {
                            Action.AddColumn add = a.addColumn();
                            if (add != null && add.notNull() && !add.hasDefault() && !add.generated()) {
                                report.accept("adds NOT NULL column " + table.name() + "." + add.name()
                                        + " without a default: fails when the table has rows");
                            }
                        })),
                Rule.of("MF102", Severity.WARNING, "SET NOT NULL on an existing column",
                        "backfill NULLs first (UPDATE ... SET c = ... WHERE c IS NULL) in this or an earlier migration",
                        ALL, (s, scope, report) -> Alters.onExisting(s, scope, (table, a) -> {
                            Action.AlterColumn alter = a.alterColumn();
                            if (alter != null && alter.setNotNull()) {
                                Optional<Column> before = column(table, alter.column());
                                if (before.isPresent() && before.get().nullable() && !backfilled(s, scope)) {
                                    report.accept("makes " + table.name() + "." + alter.column()
                                            + " NOT NULL: fails when a row holds NULL");
                                }
                            }
                        })),
                Rule.of("MF103", Severity.WARNING, "unique index created on an existing table",
                        "check for duplicates first (SELECT cols, count(*) ... GROUP BY cols HAVING count(*) > 1) "
                                + "and remove them in an earlier migration",
                        ALL, (s, scope, report) -> {
                            CreateIndex index = CreateIndex.of(s);
                            if (index != null && index.unique()) {
                                scope.existing(index.table()).ifPresent(t -> report.accept(
                                        "creates a unique index on " + index.table() + ": fails on duplicate rows"));
                            }
                        }),
                Rule.of("MF104", Severity.WARNING, "UNIQUE or PRIMARY KEY constraint added to an existing table",
                        "remove duplicates (and NULLs, for a primary key) in an earlier migration",
                        ALL, (s, scope, report) -> Alters.onExisting(s, scope, (table, a) -> {
                            Action.AddConstraint c = a.addConstraint();
                            if (c != null && (c.kind().equals("unique") || c.kind().equals("primary"))) {
                                report.accept("adds a " + (c.kind().equals("unique") ? "UNIQUE" : "PRIMARY KEY")
                                        + " constraint to " + table.name() + ": fails on duplicate rows");
                            }
                        })),
                Rule.of("MF105", Severity.ERROR, "column type narrowed",
                        "check the longest or largest value first; keep the wider type, or add a CHECK constraint instead",
                        ALL, (s, scope, report) -> Alters.onExisting(s, scope, (table, a) -> {
                            Action.AlterColumn alter = a.alterColumn();
                            if (alter != null && alter.newType() != null) {
                                column(table, alter.column()).ifPresent(c -> {
                                    TypeSpec old = TypeSpec.of(c.type());
                                    if (old.narrowedBy(alter.newType())) {
                                        report.accept("narrows " + table.name() + "." + alter.column() + " from "
                                                + c.type().display() + " to " + alter.newType().display()
                                                + ": fails when a value does not fit");
                                    }
                                });
                            }
                        })),
                Rule.of("MF106", Severity.WARNING, "foreign key added to an existing table",
                        "delete or fix orphan rows first (rows whose key has no parent) in an earlier migration",
                        ALL, (s, scope, report) -> Alters.onExisting(s, scope, (table, a) -> {
                            Action.AddConstraint c = a.addConstraint();
                            if (c != null && c.kind().equals("foreign")) {
                                report.accept("adds a foreign key to " + table.name() + ": fails on orphan rows");
                            }
                        })),
                Rule.of("MF107", Severity.WARNING, "CHECK constraint added to an existing table",
                        "fix the rows that break the condition first, in an earlier migration",
                        ALL, (s, scope, report) -> Alters.onExisting(s, scope, (table, a) -> {
                            Action.AddConstraint c = a.addConstraint();
                            if (c != null && c.kind().equals("check")) {
                                report.accept("adds a CHECK constraint to " + table.name()
                                        + ": fails when a row breaks it");
                            }
                        })),
                Rule.of("MF108", Severity.WARNING, "column type changed to another kind of type",
                        "add a new column of the new type, backfill it with an explicit conversion, then switch over",
                        ALL, (s, scope, report) -> Alters.onExisting(s, scope, (table, a) -> {
                            Action.AlterColumn alter = a.alterColumn();
                            if (alter != null && alter.newType() != null) {
                                column(table, alter.column()).ifPresent(c -> {
                                    TypeSpec old = TypeSpec.of(c.type());
                                    TypeSpec to = alter.newType();
                                    boolean toText = to.family().equals("varchar") && to.size() == null;
                                    if (!old.family().equals(to.family()) && !toText) {
                                        report.accept("changes " + table.name() + "." + alter.column() + " from "
                                                + c.type().display() + " to " + to.display()
                                                + ": fails when a value does not convert");
                                    }
                                });
                            }
                        })));
    }

    static Optional<Column> column(Table table, String name) {
        return table.columns().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Whether the migration updated the altered table before this statement (a backfill). */
    private static boolean backfilled(Stmt s, Scope scope) {
        AlterTable alter = s.alterTable();
        return alter != null && scope.updated(alter.table().name());
    }
}
