package io.shale.command.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.run.Confirmation;
import io.shale.command.lifecycle.SeedCommand;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.testing.AllEngines;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

class SeedCommandTest {
    /** The tables migration 2 fills: their rows do not make the database non-empty. */
    private static final List<String> REFERENCE = List.of("countries", "roles", "settings");

    @TempDir
    Path dir;

    private Path seeds() throws Exception {
        Path dev = Files.createDirectories(dir.resolve("seeds/dev"));
        Files.writeString(dev.resolve("02_posts.sql"), "INSERT INTO posts (id, author_id, title) VALUES (1, 1, 'hello');\n");
        Files.writeString(dev.resolve("01_users.sql"), "INSERT INTO users (id, email, country_id) VALUES (1, 'a@x', 1);\n"
                + "INSERT INTO users (id, email, country_id) VALUES (2, 'b@x', 1);\n");
        return dir.resolve("seeds");
    }

    @AllEngines
    void seed_runsTheFilesInNameOrder_andAskForConfirmationOnlyOnceTheDatabaseHoldsRows(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, Files.createDirectories(dir.resolve("m")));
            f.shale().upgrade();
            Path seeds = seeds();

            SeedCommand.Result r = f.shale().seed(new SeedCommand.Options(seeds, "dev", REFERENCE, Confirmation.NONE));

            assertThat(r.statements()).isEqualTo(3);
            assertThat(db.count("users")).isEqualTo(2);
            assertThat(db.count("posts")).isEqualTo(1);
            assertThatThrownBy(() -> f.shale().seed(new SeedCommand.Options(seeds, "dev", REFERENCE, Confirmation.NONE)))
                    .isInstanceOfSatisfying(ShaleException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIRMATION_REQUIRED));
        }
    }

    @AllEngines
    void seed_refusesWhileMigrationsArePending_andKeepsNothingOfAFailedSet(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, Files.createDirectories(dir.resolve("m")));
            Path seeds = seeds();
            assertThatThrownBy(() -> f.shale().seed(new SeedCommand.Options(seeds, "dev", REFERENCE, Confirmation.NONE)))
                    .isInstanceOfSatisfying(ShaleException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
            f.shale().upgrade();
            Files.writeString(seeds.resolve("dev/03_broken.sql"), "INSERT INTO no_such_table VALUES (1);\n");

            assertThatThrownBy(() -> f.shale().seed(new SeedCommand.Options(seeds, "dev", REFERENCE, Confirmation.NONE)))
                    .isInstanceOfSatisfying(ShaleException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED));
            assertThat(db.count("users")).isZero();
        }
    }

    @AllEngines
    void seed_runsJavaSeedersInNameOrder_inTheSameTransaction(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, Files.createDirectories(dir.resolve("m")));
            f.shale().upgrade();
            Path seeds = seeds();
            Files.writeString(seeds.resolve("dev/01b_third_user.seeder"),
                    "# computed in Java\n" + ThirdUserSeeder.class.getName() + "\n");

            SeedCommand.Result r = f.shale().seed(new SeedCommand.Options(seeds, "dev", REFERENCE, Confirmation.NONE));

            assertThat(r.statements()).isEqualTo(4);
            assertThat(db.count("users")).isEqualTo(3);
            assertThat(db.scalar("SELECT email FROM users WHERE id = 3")).isEqualTo("c2@x");
        }
    }

    @AllEngines
    void seed_keepsNothingWhenAJavaSeederFails_andNamesABadClass(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, Files.createDirectories(dir.resolve("m")));
            f.shale().upgrade();
            Path seeds = seeds();
            Files.writeString(seeds.resolve("dev/03_failing.seeder"), FailingSeeder.class.getName() + "\n");

            assertThatThrownBy(() -> f.shale().seed(new SeedCommand.Options(seeds, "dev", REFERENCE, Confirmation.NONE)))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
                        assertThat(e.getMessage()).contains("03_failing.seeder").contains("source is unavailable");
                    });
            assertThat(db.count("users")).isZero();

            Files.writeString(seeds.resolve("dev/03_failing.seeder"), "com.example.NoSuchSeeder\n");
            assertThatThrownBy(() -> f.shale().seed(new SeedCommand.Options(seeds, "dev", REFERENCE, Confirmation.NONE)))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.JAVA_MIGRATION_INVALID);
                        assertThat(e.getMessage()).contains("com.example.NoSuchSeeder");
                    });
            assertThat(db.count("users")).isZero();
        }
    }
}
