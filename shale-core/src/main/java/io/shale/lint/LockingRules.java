package io.shale.lint;

import static io.shale.lint.Rule.CONCURRENT_INDEXES;
import static io.shale.lint.Rule.NOT_VALID;
import static io.shale.lint.Rule.REWRITES;

import io.shale.schema.Index;
import io.shale.schema.Table;
import java.util.List;
import java.util.Set;

/**
 * PG3xx: PostgreSQL statements that hold a lock blocking reads or writes of an existing table for as
 * long as they scan or rewrite it.
 */
final class LockingRules {
    /**
     * Volatile functions: a default calling one is evaluated per row, so PostgreSQL rewrites the table.
     * now() and current_timestamp are stable, evaluated once since PostgreSQL 11, and need no rewrite.
     */
    private static final Set<String> VOLATILE = Set.of("random", "gen_random_uuid", "clock_timestamp",
            "uuid_generate_v4", "uuid_generate_v1", "uuid_generate_v1mc", "timeofday", "nextval");

    private LockingRules() {
    }

    static List<Rule> all() {
        return List.of(
                Rule.of("PG301", Severity.ERROR, "CREATE INDEX without CONCURRENTLY on an existing table",
                        "CREATE INDEX CONCURRENTLY, in a migration of its own with `-- shale:no-transaction`",
                        CONCURRENT_INDEXES, (s, scope, report) -> {
                            CreateIndex index = CreateIndex.of(s);
                            if (index != null && !index.concurrently()) {
                                scope.existing(index.table()).ifPresent(t -> report.accept("creates an index on "
                                        + index.table() + " while blocking writes to it"));
                            }
                        }),
                Rule.of("PG302", Severity.WARNING, "DROP INDEX without CONCURRENTLY on an existing table",
                        "DROP INDEX CONCURRENTLY, in a migration of its own with `-- shale:no-transaction`",
                        CONCURRENT_INDEXES, (s, scope, report) -> {
                            if (s.starts("DROP", "INDEX") && !s.at(2).is("CONCURRENTLY")) {
                                for (QName n : Alters.names(s, s.skip(2, "IF", "EXISTS"))) {
                                    Table t = indexTable(scope, n);
                                    if (t != null) {
                                        report.accept("drops index " + n + " while blocking all access to "
                                                + t.name());
                                    }
                                }
                            }
                        }),
                Rule.of("PG303", Severity.WARNING, "foreign key without NOT VALID on an existing table",
                        "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then VALIDATE CONSTRAINT in a later statement",
                        NOT_VALID, constraintWithoutNotValid("foreign", "a foreign key")),
                Rule.of("PG304", Severity.WARNING, "CHECK without NOT VALID on an existing table",
                        "ADD CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT in a later statement",
                        NOT_VALID, constraintWithoutNotValid("check", "a CHECK constraint")),
                Rule.of("PG305", Severity.ERROR, "column type change that rewrites an existing table",
                        "add a column of the new type, backfill it in batches, then swap; only widening varchar, "
                                + "varchar to text and widening numeric avoid the rewrite",
                        REWRITES, (s, scope, report) -> Alters.onExisting(s, scope, (table, a) -> {
                            Action.AlterColumn alter = a.alterColumn();
                            if (alter != null && alter.newType() != null && !alter.setNotNull()) {
                                DataRules.column(table, alter.column()).ifPresent(c -> {
                                    if (!TypeSpec.of(c.type()).changesWithoutRewrite(alter.newType())) {
                                        report.accept("changes the type of " + table.name() + "." + alter.column()
                                                + " to " + alter.newType().display()
                                                + ": rewrites the table under an exclusive lock");
                                    }
                                });
                            }
                        })),
                Rule.of("PG306", Severity.ERROR, "ADD COLUMN with a volatile default on an existing table",
                        "add the column without a default (or with a constant one), then backfill it in batches",
                        REWRITES, (s, scope, report) -> Alters.onExisting(s, scope, (table, a) -> {
                            Action.AddColumn add = a.addColumn();
                            if (add != null) {
                                for (Tok t : add.defaultExpression()) {
                                    if (t.kind() == Tok.Kind.WORD && VOLATILE.contains(t.name())) {
                                        report.accept("adds " + table.name() + "." + add.name() + " with default "
                                                + t.text() + "(): rewrites the table under an exclusive lock");
                                        return;
                                    }
                                }
                            }
                        })),
                Rule.of("PG307", Severity.WARNING, "ADD PRIMARY KEY without a prior concurrent index",
                        "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX",
                        CONCURRENT_INDEXES, constraintWithoutIndex("primary", "PRIMARY KEY")),
                Rule.of("PG308", Severity.WARNING, "ADD UNIQUE without a prior concurrent index",
                        "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE USING INDEX",
                        CONCURRENT_INDEXES, constraintWithoutIndex("unique", "UNIQUE")),
                Rule.of("PG309", Severity.ERROR, "VACUUM FULL locks and rewrites the table",
                        "use plain VACUUM, or pg_repack outside migrations",
                        REWRITES, (s, scope, report) -> {
                            if (s.starts("VACUUM") && s.has("FULL")) {
                                report.accept("VACUUM FULL blocks all access to the tables it rewrites");
                            }
                        }),
                Rule.of("PG310", Severity.ERROR, "CLUSTER locks and rewrites the table",
                        "use pg_repack outside migrations",
                        REWRITES, (s, scope, report) -> {
                            if (s.starts("CLUSTER")) {
                                report.accept("CLUSTER blocks all access to the table it rewrites");
                            }
                        }),
                Rule.optIn("PG311", Severity.WARNING, "ALTER TABLE on an existing table without SET lock_timeout",
                        "start the migration with SET lock_timeout = '5s' so a blocked ALTER fails instead of "
                                + "queueing every query behind it",
                        REWRITES, (s, scope, report) -> {
                            AlterTable alter = s.alterTable();
                            if (alter != null && scope.existing(alter.table()).isPresent() && !scope.lockTimeoutSet()
                                    && !scope.reported("PG311")) {
                                report.accept("alters " + alter.table() + " with no lock_timeout set");
                            }
                        }),
                Rule.of("PG312", Severity.WARNING, "REINDEX without CONCURRENTLY",
                        "REINDEX ... CONCURRENTLY, in a migration with `-- shale:no-transaction`",
                        CONCURRENT_INDEXES, (s, scope, report) -> {
                            if (s.starts("REINDEX") && !s.has("CONCURRENTLY")) {
                                report.accept("REINDEX blocks writes to the table while it rebuilds");
                            }
                        }),
                Rule.of("PG313", Severity.WARNING, "SET NOT NULL scans an existing table under an exclusive lock",
                        "ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c; then SET NOT NULL "
                                + "(PostgreSQL 12+ skips the scan) and drop the check",
                        NOT_VALID, (s, scope, report) -> Alters.onExisting(s, scope, (table, a) -> {
                            Action.AlterColumn alter = a.alterColumn();
                            if (alter != null && alter.setNotNull() && alter.newType() == null
                                    && table.checks().stream().noneMatch(c -> c.expression().toLowerCase()
                                    .contains(alter.column().toLowerCase() + " is not null"))) {
                                report.accept("SET NOT NULL on " + table.name() + "." + alter.column()
                                        + " scans the table while blocking all access");
                            }
                        })),
                Rule.of("PG314", Severity.ERROR, "serial, identity or stored generated column added to an existing table",
                        "add a plain nullable column, backfill it in batches, then attach the sequence or expression",
                        REWRITES, (s, scope, report) -> Alters.onExisting(s, scope, (table, a) -> {
                            Action.AddColumn add = a.addColumn();
                            if (add != null && add.generated()) {
                                report.accept("adds " + table.name() + "." + add.name()
                                        + ", which fills every row: rewrites the table under an exclusive lock");
                            }
                        })));
    }

    private static Check constraintWithoutNotValid(String kind, String what) {
        return (s, scope, report) -> Alters.onExisting(s, scope, (table, a) -> {
            Action.AddConstraint c = a.addConstraint();
            if (c != null && c.kind().equals(kind) && !c.notValid()) {
                report.accept("adds " + what + " to " + table.name() + " that validates every row under a lock");
            }
        });
    }

    private static Check constraintWithoutIndex(String kind, String what) {
        return (s, scope, report) -> Alters.onExisting(s, scope, (table, a) -> {
            Action.AddConstraint c = a.addConstraint();
            if (c != null && c.kind().equals(kind) && !c.usingIndex()) {
                report.accept("adds " + what + " to " + table.name() + ", building its index while blocking writes");
            }
        });
    }

    /** The existing table that owns index {@code n}, or null. */
    private static Table indexTable(Scope scope, QName n) {
        for (Table t : scope.beforeTables()) {
            for (Index i : t.indexes()) {
                if (i.name().equalsIgnoreCase(n.name()) && scope.existing(new QName(t.schema(), t.name(), 0)).isPresent()) {
                    return t;
                }
            }
        }
        return null;
    }
}
