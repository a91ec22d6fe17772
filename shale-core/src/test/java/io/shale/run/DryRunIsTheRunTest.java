package io.shale.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.Shale;
import io.shale.command.migrate.DowngradeCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.dialect.Dialect;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.MigrationWriter;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dry-run script of an upgrade or a downgrade is the sequence of statements the real run sends,
 * transaction control and history and meta writes included, in the same order: the run's connection
 * is wrapped in a {@link StatementLog}, the script is read as statements, and both are compared after
 * the normalisation described at {@link #sent} and {@link #scripted}. Only values that differ by nature
 * are normalised: the history's {@code applied_at}, {@code applied_by}, {@code execution_ms} and
 * {@code error} values, and the meta row {@code created_at}'s value (the clock, the user, the timing
 * and the in-progress message of the moment; bound values against literals and expressions).
 */
class DryRunIsTheRunTest {
    private static final String RUN_TIME = "<run-time value>";
    /** Columns whose values only the run knows. */
    private static final Set<String> RUN_TIME_COLUMNS = Set.of("applied_at", "applied_by", "execution_ms", "error");

    @TempDir
    Path dir;

    /** Transactional files, one of several statements, and a {@code -- shale:no-transaction} one between them. */
    private void files() throws IOException {
        file(1, "create_users", "CREATE TABLE users (id int PRIMARY KEY, name varchar(50) NOT NULL);",
                "DROP TABLE users;");
        file(2, "create_roles", "CREATE TABLE roles (code varchar(20) PRIMARY KEY);\n"
                + "INSERT INTO roles (code) VALUES ('admin');\nINSERT INTO roles (code) VALUES ('member');",
                "DELETE FROM roles;\nDROP TABLE roles;");
        file(3, "audit", "-- shale:no-transaction\nCREATE TABLE audit (id int);\nINSERT INTO audit (id) VALUES (1);",
                "DROP TABLE audit;");
        file(4, "create_teams", "CREATE TABLE teams (id int PRIMARY KEY);", "DROP TABLE teams;");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void upgradeScript_isExactlyWhatTheUpgradeSends(Engine engine) throws IOException {
        files();
        try (TestDatabase db = TestDatabases.create(engine)) {
            List<String> script = shale(db, null).upgrade(new UpgradeCommand.Options(null, true, false)).script();
            StatementLog log = log(db);

            UpgradeCommand.Result result = shale(db, log).upgrade();

            assertThat(result.applied()).hasSize(4);
            List<String> expected = scripted(script);
            assertThat(sent(log, db)).containsExactlyElementsOf(expected);
            assertThat(expected).anyMatch(s -> s.startsWith("INSERT INTO shale_meta"))
                    .anyMatch(s -> s.startsWith("INSERT INTO shale_history"))
                    .contains("INSERT INTO roles (code) VALUES ('member')");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void downgradeScript_isExactlyWhatTheDowngradeSends(Engine engine) throws IOException {
        files();
        try (TestDatabase db = TestDatabases.create(engine)) {
            shale(db, null).upgrade();
            DowngradeCommand.Options toZero = new DowngradeCommand.Options(0, null, true, Confirmation.YES);
            List<String> script = shale(db, null).downgrade(toZero).script();
            StatementLog log = log(db);

            DowngradeCommand.Result result = shale(db, log).downgrade(
                    new DowngradeCommand.Options(0, null, false, Confirmation.YES));

            assertThat(result.reverted()).hasSize(4);
            List<String> expected = scripted(script);
            assertThat(sent(log, db)).containsExactlyElementsOf(expected);
            assertThat(expected).anyMatch(s -> s.startsWith("DELETE FROM shale_history WHERE version = 4"))
                    .contains("DROP TABLE users");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "SQLITE"})
    void singleTransactionScript_isExactlyWhatTheAtomicUpgradeSends(Engine engine) throws IOException {
        file(1, "create_users", "CREATE TABLE users (id int PRIMARY KEY);", null);
        file(2, "create_roles", "CREATE TABLE roles (code varchar(20));\nINSERT INTO roles (code) VALUES ('a');", null);
        try (TestDatabase db = TestDatabases.create(engine)) {
            UpgradeCommand.Options atomic = new UpgradeCommand.Options(null, false, true);
            List<String> script = shale(db, null).upgrade(new UpgradeCommand.Options(null, true, true)).script();
            StatementLog log = log(db);

            shale(db, log).upgrade(atomic);

            assertThat(sent(log, db)).containsExactlyElementsOf(scripted(script));
        }
    }

    @Test
    void singleTransactionOnMariaDb_isRefusedByTheDryRunAsByTheRun() throws IOException {
        file(1, "create_users", "CREATE TABLE users (id int PRIMARY KEY);", null);
        try (TestDatabase db = TestDatabases.create(Engine.MARIADB)) {
            Shale shale = shale(db, null);
            ShaleException run = catchShale(() -> shale.upgrade(new UpgradeCommand.Options(null, false, true)));
            ShaleException dry = catchShale(() -> shale.upgrade(new UpgradeCommand.Options(null, true, true)));

            assertThat(dry.code()).isEqualTo(run.code()).isEqualTo(ErrorCode.USAGE);
            assertThat(dry.getMessage()).isEqualTo(run.getMessage()).contains("0001_create_users.sql");
            assertThat(dry.hint()).isEqualTo(run.hint());
        }
    }

    /**
     * What the run's migrator connection (the first one opened) sent, without what a script cannot
     * hold: queries (reads of the history, the lock's attempts), the session setting PostgreSQL's
     * {@code prepareSession} makes, SQLite's lock setting {@code PRAGMA busy_timeout} and the
     * {@code ROLLBACK} by which SQLite's lock lets go after the run's {@code COMMIT}. H2's lock lives
     * on a second connection, which is not compared.
     */
    private static List<String> sent(StatementLog log, TestDatabase db) {
        List<String> out = new ArrayList<>();
        List<String> sent = log.connection(0);
        for (int i = 0; i < sent.size(); i++) {
            String s = sent.get(i).strip();
            boolean lockRelease = db.engine() == Engine.SQLITE && i == sent.size() - 1 && s.equals("ROLLBACK");
            if (s.startsWith(StatementLog.QUERY) || s.startsWith("SET client_connection_check_interval")
                    || s.startsWith("PRAGMA busy_timeout") || lockRelease) {
                continue;
            }
            out.add(normalise(s));
        }
        return out;
    }

    /** The script's statements: comments and blank lines dropped, each without its closing {@code ;}. */
    private static List<String> scripted(List<String> script) {
        List<String> out = new ArrayList<>();
        for (String line : script) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("--")) {
                continue;
            }
            out.add(normalise(s.endsWith(";") ? s.substring(0, s.length() - 1) : s));
        }
        return out;
    }

    /** Replaces the run-time values of history and meta writes by one placeholder. */
    static String normalise(String sql) {
        if (sql.startsWith("INSERT INTO shale_history (")) {
            int close = sql.indexOf(')');
            List<String> columns = split(sql.substring(sql.indexOf('(') + 1, close));
            int open = sql.indexOf("VALUES (", close) + "VALUES (".length();
            List<String> values = split(sql.substring(open, sql.length() - 1));
            for (int i = 0; i < columns.size(); i++) {
                if (RUN_TIME_COLUMNS.contains(columns.get(i))) {
                    values.set(i, RUN_TIME);
                }
            }
            return sql.substring(0, open) + String.join(", ", values) + ")";
        }
        if (sql.startsWith("UPDATE shale_history SET ")) {
            int where = sql.indexOf(" WHERE ");
            List<String> sets = split(sql.substring("UPDATE shale_history SET ".length(), where));
            for (int i = 0; i < sets.size(); i++) {
                String column = sets.get(i).substring(0, sets.get(i).indexOf('=')).strip();
                if (RUN_TIME_COLUMNS.contains(column) && !sets.get(i).endsWith("= NULL")) {
                    sets.set(i, column + " = " + RUN_TIME);
                }
            }
            return "UPDATE shale_history SET " + String.join(", ", sets) + sql.substring(where);
        }
        if (sql.startsWith("INSERT INTO shale_meta (meta_key, meta_value) VALUES ('created_at', ")) {
            return "INSERT INTO shale_meta (meta_key, meta_value) VALUES ('created_at', " + RUN_TIME + ")";
        }
        return sql;
    }

    /** Splits at the commas outside quotes and parentheses. */
    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                out.add(list.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(list.substring(start).strip());
        return out;
    }

    private StatementLog log(TestDatabase db) {
        Dialect d = shale(db, null).withContext(MigrationContext::dialect);
        return new StatementLog(d.transactionalDdl(), d.booleanLiteral(true), d.booleanLiteral(false));
    }

    private Shale shale(TestDatabase db, StatementLog log) {
        return Shale.configure().dataSource(log == null ? db.dataSource() : log.wrap(db.dataSource())).migrations(dir)
                .environment("development").lockTimeout(Duration.ofSeconds(30)).load();
    }

    private void file(int version, String name, String up, String down) throws IOException {
        Files.writeString(dir.resolve(String.format("%04d_%s.sql", version, name)),
                "-- migrate:up\n" + up + "\n" + (down == null ? "" : "-- migrate:down\n" + down + "\n"));
        MigrationWriter.rehash(dir);
    }

    private static ShaleException catchShale(Runnable r) {
        try {
            r.run();
        } catch (ShaleException e) {
            return e;
        }
        throw new AssertionError("expected a ShaleException");
    }
}
