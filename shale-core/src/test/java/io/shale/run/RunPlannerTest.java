package io.shale.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.dialect.Dialect;
import io.shale.dialect.h2.H2Dialect;
import io.shale.dialect.mysql.MySqlDialect;
import io.shale.dialect.postgres.PostgresDialect;
import io.shale.dialect.sqlite.SqliteDialect;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.Migration;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which steps each engine's facts give a transactional and a no-transaction file, without a database. */
class RunPlannerTest {
    @TempDir
    Path dir;
    private Migration plain;
    private Migration noTransaction;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("0001_plain.sql"), "-- migrate:up\nCREATE TABLE a (id int);\n"
                + "-- migrate:down\nDROP TABLE a;\n");
        Files.writeString(dir.resolve("0002_concurrent.sql"), "-- migrate:up\n-- shale:no-transaction\n"
                + "CREATE TABLE b (id int);\n-- migrate:down\nDROP TABLE b;\n");
        MigrationWriter.rehash(dir);
        List<Migration> all = MigrationLoader.load(dir, List.of(), null).migrations();
        plain = all.get(0);
        noTransaction = all.get(1);
    }

    private static RunPlan up(Dialect dialect, Migration... migrations) {
        return new RunPlanner(dialect).upgrade(List.of(migrations), false, false, Map.of(), "dev", Instant.EPOCH);
    }

    private static List<String> kinds(RunPlan.Unit unit) {
        return unit.steps().stream().map(s -> {
            String name = s.getClass().getSimpleName();
            return s instanceof PlanStep.History h ? name + " " + h.write() : name;
        }).toList();
    }

    @Test
    void postgres_transactionalFile_isOneTransactionWithItsFinalRow_noTransactionFile_isTraced() {
        RunPlan plan = up(new PostgresDialect(), plain, noTransaction);

        assertThat(plan.units()).extracting(RunPlan.Unit::mode).containsExactly(RunPlan.Mode.TRANSACTION,
                RunPlan.Mode.TRACED);
        assertThat(kinds(plan.units().get(0))).containsExactly("Begin", "Statements", "History INSERT_APPLIED", "Commit");
        assertThat(kinds(plan.units().get(1))).containsExactly("History INSERT_IN_PROGRESS", "Statements",
                "History MARK_SUCCEEDED");
    }

    @Test
    void mysqlAndH2_traceEveryFile_inATransactionWhereTheFileAllows() {
        for (Dialect d : List.of(new MySqlDialect(), new H2Dialect())) {
            RunPlan plan = up(d, plain, noTransaction);

            assertThat(kinds(plan.units().get(0))).as(d.name()).containsExactly("History INSERT_IN_PROGRESS", "Begin",
                    "Statements", "History MARK_SUCCEEDED", "Commit");
            assertThat(kinds(plan.units().get(1))).as(d.name()).containsExactly("History INSERT_IN_PROGRESS",
                    "Statements", "History MARK_SUCCEEDED");
        }
    }

    @Test
    void sqlite_usesSavepointsInsideTheLockTransaction_andLeavesItForANoTransactionFile() {
        RunPlan plan = up(new SqliteDialect(), plain, noTransaction);

        assertThat(kinds(plan.units().get(0))).containsExactly("Savepoint", "Statements", "History INSERT_APPLIED",
                "Release");
        assertThat(kinds(plan.units().get(1))).containsExactly("LeaveLockTransaction", "History INSERT_IN_PROGRESS",
                "Statements", "History MARK_SUCCEEDED", "ReenterLockTransaction");
        assertThat(plan.epilogue()).extracting(s -> s.getClass().getSimpleName())
                .containsExactly("EndLockTransaction", "Unlock");
    }

    @Test
    void downgrade_deletesTheRow_andTracesWithAFailedMarkFirst() {
        RunPlan plan = new RunPlanner(new MySqlDialect()).downgrade(List.of(noTransaction, plain), false);

        assertThat(kinds(plan.units().get(0))).containsExactly("History MARK_IN_PROGRESS", "Statements",
                "History DELETE");
        assertThat(plan.prologue()).extracting(s -> s.getClass().getSimpleName()).containsExactly("Lock");
    }

    @Test
    void upgrade_writesOnlyTheMissingMetaRows_andCreatesTablesOnlyWhenMissing() {
        RunPlan plan = new RunPlanner(new PostgresDialect()).upgrade(List.of(plain), false, true,
                Map.of(Guard.ENVIRONMENT_KEY, "dev", "tool_version", "0.0.1"), "dev", Instant.EPOCH);

        assertThat(plan.prologue()).containsExactly(new PlanStep.Lock(), new PlanStep.CreateHistoryTables(),
                new PlanStep.PutMeta("created_at", Instant.EPOCH.toString(), false),
                new PlanStep.PutMeta("tool_version", Settings.TOOL_VERSION, true));
    }

    @Test
    void singleTransaction_wrapsTheRunOnce_whereDdlIsTransactional_andIsRefusedElsewhere() {
        RunPlan atomic = new RunPlanner(new PostgresDialect()).upgrade(List.of(plain), true, false, Map.of(), "dev",
                Instant.EPOCH);
        assertThat(atomic.open()).containsExactly(new PlanStep.Begin());
        assertThat(atomic.close()).containsExactly(new PlanStep.Commit());
        assertThat(kinds(atomic.units().get(0))).containsExactly("Statements", "History INSERT_APPLIED");

        assertThatThrownBy(() -> new RunPlanner(new MySqlDialect()).upgrade(List.of(plain), true, false, Map.of(),
                "dev", Instant.EPOCH)).isInstanceOfSatisfying(ShaleException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.USAGE);
                    assertThat(e.getMessage()).contains("0001_plain.sql").contains("commits DDL implicitly");
                });
        assertThatThrownBy(() -> new RunPlanner(new PostgresDialect()).upgrade(List.of(noTransaction), true, false,
                Map.of(), "dev", Instant.EPOCH)).isInstanceOfSatisfying(ShaleException.class,
                e -> assertThat(e.getMessage()).contains("marked -- shale:no-transaction"));
    }
}
