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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips on MariaDB for what MySQL/MariaDB columns and indexes carry beyond their types: index
 * prefix lengths, {@code ON UPDATE CURRENT_TIMESTAMP}, the default character set and collation of
 * tables and the character set and collation of columns that differ from their table's. Each
 * generated file is proven by the engine-canonical comparison ({@code SHOW CREATE TABLE}) inside
 * {@link GenerateCommand} and then applied up and down on the real database.
 */
class MariaDbAttributesRoundTripTest {
    @TempDir
    Path dir;

    private static final String T = "CREATE TABLE t (id int PRIMARY KEY, name varchar(200) NOT NULL, body text)";
    private static final String UTF8 = "DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci";

    static Stream<Arguments> cases() {
        return Stream.of(
                c("prefix index on a new table", "", T + ";\nCREATE INDEX t_name ON t (name(20));"),
                c("prefix index on a kept table", T + ";", T + ";\nCREATE INDEX t_name ON t (name(20), id);"),
                c("prefix length changed", T + ";\nCREATE INDEX t_name ON t (name(20));", T + ";\nCREATE INDEX t_name ON t (name(40));"),
                c("prefix index on a text column", T + ";", T + ";\nCREATE INDEX t_body ON t (body(100));"),
                c("unique prefix index", T + ";", T + ";\nCREATE UNIQUE INDEX t_name_uq ON t (name(50));"),
                c("on update current_timestamp on a new table", "",
                        "CREATE TABLE t (id int PRIMARY KEY, changed timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);"),
                c("on update current_timestamp added", "CREATE TABLE t (id int PRIMARY KEY, changed timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP);",
                        "CREATE TABLE t (id int PRIMARY KEY, changed timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);"),
                c("on update on a datetime with precision", "CREATE TABLE t (id int PRIMARY KEY);",
                        "CREATE TABLE t (id int PRIMARY KEY, changed datetime(3) NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP(3));"),
                c("utf8mb4 table", "", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50)) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;"),
                c("latin1 table", "", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50)) DEFAULT CHARSET=latin1;"),
                c("utf8mb4 column in a latin1 table", "CREATE TABLE t (id int PRIMARY KEY) DEFAULT CHARSET=latin1;",
                        "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin) DEFAULT CHARSET=latin1;"),
                c("column collation changed", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50)) DEFAULT CHARSET=utf8mb4;",
                        "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) COLLATE utf8mb4_bin) DEFAULT CHARSET=utf8mb4;"),
                c("latin1 column in a new utf8mb4 table", "",
                        "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) CHARACTER SET latin1) " + UTF8 + ";"),
                c("column character set changed on a kept table", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50)) " + UTF8 + ";",
                        "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) CHARACTER SET latin1 COLLATE latin1_bin) " + UTF8 + ";"),
                c("column back on the table's character set", 
                        "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) CHARACTER SET latin1 COLLATE latin1_bin) " + UTF8 + ";",
                        "CREATE TABLE t (id int PRIMARY KEY, name varchar(50)) " + UTF8 + ";"),
                c("column collation kept while its nullability changes",
                        "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) CHARACTER SET latin1 COLLATE latin1_bin NULL) " + UTF8 + ";",
                        "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL) " + UTF8 + ";"),
                c("added column with its own character set and a default", "CREATE TABLE t (id int PRIMARY KEY) " + UTF8 + ";",
                        "CREATE TABLE t (id int PRIMARY KEY, code char(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT 'abc') "
                                + UTF8 + ";"),
                c("enum, text and char columns with their own character sets", "",
                        "CREATE TABLE t (id int PRIMARY KEY, state enum('new','done') CHARACTER SET ascii,"
                                + " note text CHARACTER SET latin1 COLLATE latin1_general_cs, code char(2) COLLATE utf8mb4_bin) "
                                + UTF8 + ";"),
                c("column collation of a generated column", "CREATE TABLE t (id int PRIMARY KEY, name varchar(50)) " + UTF8 + ";",
                        "CREATE TABLE t (id int PRIMARY KEY, name varchar(50), lower_name varchar(50) CHARACTER SET latin1"
                                + " GENERATED ALWAYS AS (lower(name)) STORED) " + UTF8 + ";"));
    }

    private static Arguments c(String name, String a, String b) {
        return Arguments.of(name, a, b);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void roundTrip(String name, String a, String b) throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.MARIADB)) {
            RoundTrip.check(db, dir, a, b, Renames.NONE);
        }
    }

    @Test
    void utf8mb4Model_isCreatedUtf8mb4OnALatin1Database() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.MARIADB)) {
            db.execute("ALTER DATABASE `" + db.name() + "` CHARACTER SET latin1 COLLATE latin1_swedish_ci");
            GenerateCommand.Result r = RoundTrip.check(db, dir, "",
                    "CREATE TABLE t (id int PRIMARY KEY, name varchar(50)) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;",
                    Renames.NONE);
            assertThat(String.join("\n", r.up())).contains("DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
        }
    }

    @Test
    void columnCharacterSet_isWrittenWithItsCollationInModifyColumn() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.MARIADB)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir,
                    "CREATE TABLE t (id int PRIMARY KEY, name varchar(50)) " + UTF8 + ";",
                    "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) CHARACTER SET latin1 COLLATE latin1_bin) " + UTF8 + ";",
                    Renames.NONE);
            assertThat(r.up()).containsExactly(
                    "ALTER TABLE t MODIFY COLUMN name varchar(50) CHARACTER SET latin1 COLLATE latin1_bin NULL");
            assertThat(r.down()).containsExactly("ALTER TABLE t MODIFY COLUMN name varchar(50) NULL");
        }
    }

    /**
     * A changed default collation of an existing table is not rendered: without --allow-unproven the
     * engine-canonical proof fails the command naming the table; with it, both the not-compared
     * warning and the difference are reported.
     */
    @Test
    void tableCollationChange_isWarnedNeverSilent() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.MARIADB)) {
            ProofProject p = new ProofProject(db, dir, "CREATE TABLE t (id int PRIMARY KEY) DEFAULT CHARSET=latin1;",
                    "CREATE TABLE t (id int PRIMARY KEY) DEFAULT CHARSET=utf8mb4;");
            assertThatThrownBy(() -> p.generate(false)).isInstanceOfSatisfying(ShaleException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.GENERATE_UNPROVEN));
            GenerateCommand.Result r = p.generate(true);
            assertThat(r.changed()).isFalse();
            assertThat(r.warnings()).anyMatch(w -> w.contains("default collation of table") && w.contains("latin1_swedish_ci"));
            assertThat(r.warnings()).anyMatch(w -> w.contains("table t") && w.contains("utf8mb4"));
        }
    }

    @Test
    void prefixLength_isWrittenInTheFile() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.MARIADB)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, T + ";", T + ";\nCREATE INDEX t_name ON t (name(20));",
                    Renames.NONE);
            assertThat(String.join("\n", r.up())).contains("`name`(20)");
        }
    }

    @Test
    void onUpdate_isWrittenInTheFileAndNotWarned() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.MARIADB)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, "CREATE TABLE t (id int PRIMARY KEY);",
                    "CREATE TABLE t (id int PRIMARY KEY, changed timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);",
                    Renames.NONE);
            assertThat(String.join("\n", r.up()).toLowerCase(java.util.Locale.ROOT)).contains("on update current_timestamp");
            assertThat(r.warnings()).noneMatch(w -> w.contains("ON UPDATE"));
        }
    }
}
