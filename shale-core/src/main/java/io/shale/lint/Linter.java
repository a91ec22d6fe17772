package io.shale.lint;

import io.shale.dialect.Dialect;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.ParsedSqlMigration;
import io.shale.schema.Catalog;
import io.shale.sql.SqlStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lints the up section of SQL migrations, statement by statement, against the catalog as it was
 * before each migration. Holds no database: the caller supplies the catalog.
 */
public final class Linter {
    private final Dialect dialect;
    private final List<Rule> rules;
    private final Map<String, RuleInfo> infos = new LinkedHashMap<>();

    /**
     * @param enabled codes of opt-in rules to run as well
     * @throws ShaleException (USAGE) when {@code enabled} names a code that is not an opt-in rule
     */
    public Linter(Dialect dialect, Set<String> enabled) {
        this.dialect = dialect;
        List<Rule> all = Rules.all();
        all.forEach(r -> infos.put(r.code(), r.info()));
        for (String code : enabled) {
            RuleInfo info = infos.get(code);
            if (info == null || !info.optIn()) {
                throw new ShaleException(ErrorCode.USAGE, "--enable " + code + ": not an opt-in lint rule",
                        "opt-in rules: " + String.join(", ", all.stream().filter(r -> r.info().optIn())
                                .map(Rule::code).toList()));
            }
        }
        this.rules = all.stream()
                .filter(r -> !r.info().optIn() || enabled.contains(r.code()))
                .filter(r -> r.info().appliesTo(dialect.traits()))
                .toList();
    }

    /** The findings of one migration, sorted by line then code, suppressions applied. */
    public List<Finding> lint(ParsedSqlMigration migration, Catalog before) {
        var body = migration.body();
        Suppressions suppressions = new Suppressions(body.file(), migration.directives(), body.upLine(), infos);
        Scope scope = new Scope(before, migration.transactional());
        List<Finding> out = new ArrayList<>(suppressions.problems());
        for (SqlStatement split : dialect.splitter().split(body.up())) {
            int line = body.upLine() + split.line() - 1;
            Stmt s = Stmt.of(split.sql(), line);
            for (Rule rule : rules) {
                List<String> messages = new ArrayList<>();
                rule.check().check(s, scope, messages::add);
                for (String m : messages) {
                    scope.markReported(rule.code());
                    if (!suppressions.suppressed(rule.code(), line)) {
                        out.add(new Finding(rule.code(), rule.info().severity(), m, body.file(), line,
                                rule.info().hint()));
                    }
                }
            }
            scope.after(s);
        }
        out.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::code));
        return List.copyOf(out);
    }
}
