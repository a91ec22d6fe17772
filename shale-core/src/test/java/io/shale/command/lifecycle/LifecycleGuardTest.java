package io.shale.command.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.Shale;
import io.shale.command.lifecycle.ClearCommand;
import io.shale.run.Confirmation;
import io.shale.command.lifecycle.PurgeCommand;
import io.shale.command.lifecycle.ResetCommand;
import io.shale.command.lifecycle.SeedCommand;
import io.shale.data.ReferenceDataPolicy;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.testing.AllEngines;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.io.TempDir;

/** Every destructive data command refuses a protected or mismatched database unless overridden. */
class LifecycleGuardTest {
    @TempDir
    Path dir;

    @AllEngines
    void everyDestructiveCommand_refusesProductionAndMismatch_andProceedsWithTheOverride(Engine engine) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds/dev"));
        Files.writeString(seeds.resolve("01.sql"), "INSERT INTO tags (id, name) VALUES (99, 'seeded');\n");
        Map<String, BiConsumer<Fixture, Confirmation>> commands = Map.of(
                "clear", (f, c) -> f.shale(env(c)).clear(new ClearCommand.Options(List.of(), ReferenceDataPolicy.AUTO, c),
                        f.scratch()),
                "reset", (f, c) -> f.shale(env(c)).reset(new ResetCommand.Options(false, false, false, c)),
                "purge", (f, c) -> f.shale(env(c)).purge(new PurgeCommand.Options(PurgeCommandTest.rule(engine),
                        Map.of("prefix", "func-test-"), false, List.of(), c)),
                "seed", (f, c) -> f.shale(env(c)).seed(new SeedCommand.Options(dir.resolve("seeds"), "dev", List.of(), c)));
        for (var command : commands.entrySet()) {
            try (TestDatabase db = TestDatabases.create(engine)) {
                Fixture f = new Fixture(db, Files.createDirectories(dir.resolve(command.getKey())));
                f.shale("production").upgrade();
                f.fill();
                Shale production = f.shale("production");
                String name = production.status().database().database();
                var run = command.getValue();

                assertThatThrownBy(() -> run.accept(f, new Confirmation(true, null, false))).as(command.getKey())
                        .isInstanceOfSatisfying(ShaleException.class,
                                e -> assertThat(e.code()).isEqualTo(ErrorCode.PROTECTED_ENVIRONMENT));
                assertThatThrownBy(() -> run.accept(f, new Confirmation(true, "dev", false))).as(command.getKey())
                        .isInstanceOfSatisfying(ShaleException.class,
                                e -> assertThat(e.code()).isEqualTo(ErrorCode.ENVIRONMENT_MISMATCH));
                assertThat(db.count("users")).as(command.getKey()).isEqualTo(10);

                run.accept(f, new Confirmation(false, name, true));
            }
        }
    }

    /** A confirmation whose database name is "dev" stands for a laptop config saying development. */
    private static String env(Confirmation c) {
        return "dev".equals(c.confirmDatabase()) ? "development" : "production";
    }
}
