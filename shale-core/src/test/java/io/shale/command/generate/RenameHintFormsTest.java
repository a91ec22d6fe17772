package io.shale.command.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.schema.change.Renames;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both documented forms of a rename hint: {@code table.column=new} (the table's schema) and {@code schema.table.column=new}. */
class RenameHintFormsTest {
    @TempDir
    Path dir;

    private static final String USERS = "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);";

    @ParameterizedTest(name = "--rename {0}=full_name")
    @ValueSource(strings = {"users.name", "public.users.name"})
    void columnRename_inEitherForm_isARename(String hint) throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, USERS,
                    "CREATE TABLE users (id bigint PRIMARY KEY, full_name text NOT NULL);",
                    new Renames(Map.of(), Map.of(hint, "full_name")));
            assertThat(String.join("\n", r.up())).containsIgnoringCase("RENAME COLUMN name TO full_name")
                    .doesNotContainIgnoringCase("DROP COLUMN");
            assertThat(String.join("\n", r.down())).containsIgnoringCase("RENAME COLUMN full_name TO name");
        }
    }

    @ParameterizedTest(name = "--rename {0}=people")
    @ValueSource(strings = {"users", "public.users"})
    void tableRename_inEitherForm_isARename(String hint) throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            // Without a primary key: a renamed table keeps its users_pkey, which the proof reports as a difference.
            GenerateCommand.Result r = RoundTrip.check(db, dir, "CREATE TABLE users (id bigint, name text NOT NULL);",
                    "CREATE TABLE people (id bigint, name text NOT NULL);",
                    hint.contains(".") ? new Renames(Map.of(), Map.of(hint, "people"))
                            : new Renames(Map.of(hint, "people"), Map.of()));
            assertThat(String.join("\n", r.up())).containsIgnoringCase("RENAME TO people")
                    .doesNotContainIgnoringCase("DROP TABLE");
        }
    }
}
