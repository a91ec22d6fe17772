package io.shale.command.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.schema.change.Renames;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table inheritance on PostgreSQL: refused, naming the tables, when a change touches it; left alone otherwise. */
class PostgresInheritanceTest {
    @TempDir
    Path dir;

    private static final String FAMILY = "CREATE TABLE parent (id int, name text);\n"
            + "CREATE TABLE child (extra text) INHERITS (parent);\n";

    @Test
    void newInheritingTables_areRefusedWithBothNames() {
        assertThatThrownBy(() -> {
            try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
                RoundTrip.check(db, dir, "", FAMILY, Renames.NONE);
            }
        }).isInstanceOfSatisfying(ShaleException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_OBJECT);
            assertThat(e.getMessage()).contains("public.child inherits public.parent");
        });
    }

    @Test
    void columnAddedToAnInheritedTable_isRefused() {
        assertThatThrownBy(() -> {
            try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
                RoundTrip.check(db, dir, FAMILY, "CREATE TABLE parent (id int, name text, at date);\n"
                        + "CREATE TABLE child (extra text) INHERITS (parent);\n", Renames.NONE);
            }
        }).isInstanceOfSatisfying(ShaleException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_OBJECT));
    }

    @Test
    void unchangedInheritance_isLeftAloneWithAWarning() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, FAMILY,
                    FAMILY + "CREATE TABLE other (id int PRIMARY KEY);", Renames.NONE);
            assertThat(r.warnings()).contains("not compared: table public.child inherits public.parent");
        }
    }
}
