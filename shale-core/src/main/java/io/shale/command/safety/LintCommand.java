package io.shale.command.safety;

import io.shale.command.generate.CatalogSources;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchDatabase;
import io.shale.dialect.ScratchProvider;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.Connections;
import io.shale.lint.Finding;
import io.shale.lint.Linter;
import io.shale.migration.Migration;
import io.shale.migration.MigrationBody;
import io.shale.migration.MigrationParser;
import io.shale.migration.MigrationSet;
import io.shale.migration.ParsedSqlMigration;
import io.shale.schema.Catalog;
import io.shale.sql.SqlStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code shale lint [FILES]}: checks the up section of SQL migrations against rules with stable codes.
 * Each migration is linted against the catalog as it was before it, which one scratch database for the
 * whole run provides: earlier migrations are applied to it in order (statement by statement, without
 * history tables, so an unhashed edit can be linted) and it is inspected before each linted migration.
 */
public final class LintCommand {

    /**
     * @param files   the migration files to lint; empty for every SQL migration
     * @param enabled codes of opt-in rules to run
     */
    public record Options(List<Path> files, Set<String> enabled) {
        public Options {
            files = List.copyOf(files);
            enabled = Set.copyOf(enabled);
        }
    }

    /**
     * @param findings every finding, by file then line
     * @param linted   the scripts linted, in version order
     */
    public record Result(List<Finding> findings, List<String> linted) {
        public long errors() {
            return findings.stream().filter(Finding::isError).count();
        }

        public long warnings() {
            return findings.size() - errors();
        }
    }

    private final Dialect dialect;
    private final ScratchProvider scratch;
    private final MigrationSet migrations;
    private final Predicate<String> skipTable;

    /** @param skipTable tables lint ignores (Shale's own and {@code exclude:} patterns) */
    public LintCommand(Dialect dialect, ScratchProvider scratch, MigrationSet migrations, Predicate<String> skipTable) {
        this.dialect = dialect;
        this.scratch = scratch;
        this.migrations = migrations;
        this.skipTable = skipTable;
    }

    /** @throws ShaleException USAGE for a file that is not one of the migrations, or an unknown opt-in code */
    public Result run(Options options) {
        Linter linter = new Linter(dialect, options.enabled());
        List<Migration> targets = targets(options.files());
        List<Finding> findings = new ArrayList<>();
        if (targets.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        CatalogSources sources = new CatalogSources(dialect, scratch, skipTable);
        try (ScratchDatabase db = scratch.create("lint"); Connection c = Connections.open(db.dataSource(),
                db.description())) {
            int applied = 0;
            Catalog catalog = Catalog.empty();
            for (Migration target : targets) {
                boolean changed = false;
                for (Migration m : migrations.migrations()) {
                    if (m.version() > applied && m.version() < target.version()) {
                        apply(c, m);
                        applied = m.version();
                        changed = true;
                    }
                }
                if (changed) {
                    catalog = sources.inspect(db.dataSource(), db.description());
                }
                findings.addAll(linter.lint(parse(target), catalog));
            }
        } catch (SQLException e) {
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not close the lint scratch database: " + e.getMessage(),
                    null, e);
        }
        return new Result(findings, targets.stream().map(Migration::script).toList());
    }

    private List<Migration> targets(List<Path> files) {
        List<Migration> sql = migrations.migrations().stream().filter(m -> m.body() instanceof MigrationBody.Sql).toList();
        if (files.isEmpty()) {
            return sql;
        }
        List<Migration> out = new ArrayList<>();
        for (Path f : files) {
            Path wanted = f.toAbsolutePath().normalize();
            Migration match = sql.stream()
                    .filter(m -> ((MigrationBody.Sql) m.body()).file().toAbsolutePath().normalize().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new ShaleException(ErrorCode.USAGE, f + " is not a SQL migration in "
                            + migrations.directory(), "name files inside the migrations folder, or none to lint them all"));
            if (!out.contains(match)) {
                out.add(match);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Migration::version));
        return out;
    }

    private static ParsedSqlMigration parse(Migration m) {
        Path file = ((MigrationBody.Sql) m.body()).file();
        try {
            String text = Files.readString(file).replace("\r\n", "\n");
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return MigrationParser.parse(file, text);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE, "Cannot read " + file + ": " + e.getMessage(),
                    "check the file's permissions", e);
        }
    }

    /** Applies one migration's up to the scratch database, auto-committing each statement. */
    private void apply(Connection c, Migration m) {
        try {
            if (m.body() instanceof MigrationBody.Java java) {
                java.migration().up(c);
                return;
            }
            MigrationBody.Sql sql = (MigrationBody.Sql) m.body();
            try (Statement st = c.createStatement()) {
                for (SqlStatement s : dialect.splitter().split(sql.up())) {
                    try {
                        st.execute(s.sql());
                    } catch (SQLException e) {
                        throw new ShaleException(ErrorCode.MIGRATION_FAILED, m.script() + " line "
                                + (sql.upLine() + s.line() - 1) + " failed on an empty scratch database: "
                                + e.getMessage(), "fix the statement; lint needs the migrations before the linted "
                                + "one to run", e);
                    }
                }
            }
        } catch (ShaleException e) {
            throw e;
        } catch (Exception e) {
            throw new ShaleException(ErrorCode.MIGRATION_FAILED, m.script() + " failed on a scratch database: "
                    + e.getMessage(), "fix the migration; lint needs the migrations before the linted one to run", e);
        }
    }
}
