package io.shale.lint;

import static io.shale.lint.Rule.ALL;

import java.util.List;

/** DS1xx: statements that destroy data which existed before the migration. */
final class DestructiveRules {
    private DestructiveRules() {
    }

    static List<Rule> all() {
        return List.of(
                Rule.of("DS101", Severity.ERROR, "DROP SCHEMA drops every object and row in it",
                        "move the objects you keep elsewhere first, and drop the schema in a separate, reviewed migration",
                        ALL, (s, scope, report) -> {
                            if (s.starts("DROP", "SCHEMA") || s.starts("DROP", "DATABASE")) {
                                Alters.names(s, s.skip(2, "IF", "EXISTS"))
                                        .forEach(n -> report.accept("drops schema " + n + " and everything in it"));
                            }
                        }),
                Rule.of("DS102", Severity.ERROR, "DROP TABLE on a table that existed before the migration",
                        "keep the table until no deployed code reads it; copy rows you need first, then drop it in "
                                + "a later migration with a lint-ignore and a reason",
                        ALL, (s, scope, report) -> {
                            if (s.starts("DROP", "TABLE")) {
                                for (QName n : Alters.names(s, s.skip(2, "IF", "EXISTS"))) {
                                    scope.existing(n).ifPresent(t -> report.accept("drops table " + n
                                            + " and its rows"));
                                }
                            }
                        }),
                Rule.of("DS103", Severity.ERROR, "DROP COLUMN on a column that existed before the migration",
                        "stop reading and writing the column in a release first, then drop it in a later migration",
                        ALL, (s, scope, report) -> Alters.onExisting(s, scope, (table, a) -> {
                            String column = a.dropColumn();
                            if (column != null && table.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(column))) {
                                report.accept("drops column " + table.name() + "." + column + " and its values");
                            }
                        })),
                Rule.of("DS104", Severity.ERROR, "TRUNCATE deletes every row of an existing table",
                        "delete only the rows you mean to with DELETE ... WHERE, or use `shale clear` outside migrations",
                        ALL, (s, scope, report) -> {
                            if (s.starts("TRUNCATE")) {
                                int i = s.skip(s.skip(1, "TABLE"), "ONLY");
                                for (QName n : Alters.names(s, i)) {
                                    scope.existing(n).ifPresent(t -> report.accept("truncates table " + n));
                                }
                            }
                        }),
                Rule.of("DS105", Severity.WARNING, "DELETE without WHERE empties an existing table",
                        "add a WHERE clause naming the rows to delete",
                        ALL, (s, scope, report) -> {
                            if (s.starts("DELETE") && !s.has("WHERE")) {
                                int i = s.skip(1, "FROM");
                                QName n = s.name(s.skip(i, "ONLY"));
                                scope.existing(n).ifPresent(t -> report.accept("deletes every row of " + n));
                            }
                        }));
    }
}
