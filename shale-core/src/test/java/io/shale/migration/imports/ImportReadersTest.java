package io.shale.migration.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.migration.Migration;
import io.shale.migration.MigrationBody;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationSet;
import io.shale.migration.SumFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each tool's folder, written here, converts to Shale files that load, with sections and markers as expected. */
class ImportReadersTest {
    @TempDir
    Path dir;

    /**
     * @param files    the tool's folder: relative path to content
     * @param expected per Shale file in order: {@code id|up|down|tx} where down is the down text,
     *                 "-" for none and "noop" for the explicit nothing-to-undo; tx is "tx" or "notx"
     */
    record Case(String name, SourceTool tool, Map<String, String> files, List<String> expected, List<String> skipped) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("flyway: dotted versions renumbered in version order, undo as down, repeatable and Java reported",
                        SourceTool.FLYWAY, files(
                                "V1__init.sql", "CREATE TABLE a (id int);\n",
                                "sub/V1.10__later.sql", "CREATE TABLE c (id int);\n",
                                "V1.2__add_b.sql", "CREATE TABLE b (id int);\n",
                                "U1.2__add_b.sql", "DROP TABLE b;\n",
                                "U1__init.sql", "\n",
                                "V2__idx.sql", "CREATE INDEX CONCURRENTLY i ON a (id);\n",
                                "V2__idx.sql.conf", "executeInTransaction=false\n",
                                "R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 1;\n",
                                "V3__Backfill.java", "class V3__Backfill {}\n"),
                        List.of("1|CREATE TABLE a (id int);|noop|tx", "1.2|CREATE TABLE b (id int);|DROP TABLE b;|tx",
                                "1.10|CREATE TABLE c (id int);|-|tx", "2|CREATE INDEX CONCURRENTLY i ON a (id);|-|notx"),
                        List.of("R__views.sql", "V3__Backfill.java")),
                new Case("liquibase formatted sql: one migration per change set, rollback lines and blocks as down",
                        SourceTool.LIQUIBASE, files(
                                "changes.sql", "--liquibase formatted sql\n\n--changeset alice:1\nCREATE TABLE a (id int);\n"
                                        + "--rollback DROP TABLE a;\n\n--changeset bob:add-idx runInTransaction:false\n"
                                        + "CREATE INDEX CONCURRENTLY i ON a (id);\n--rollback not required\n\n"
                                        + "--changeset alice:3\nCREATE TABLE b (id int);\n/* liquibase rollback\n"
                                        + "DROP TABLE b;\n*/\n\n--changeset alice:4\nINSERT INTO a VALUES (1);\n",
                                "master.xml", "<databaseChangeLog/>\n",
                                "plain.sql", "SELECT 1;\n"),
                        List.of("alice:1|CREATE TABLE a (id int);|DROP TABLE a;|tx",
                                "bob:add-idx|CREATE INDEX CONCURRENTLY i ON a (id);|noop|notx",
                                "alice:3|CREATE TABLE b (id int);|DROP TABLE b;|tx",
                                "alice:4|INSERT INTO a VALUES (1);|-|tx"),
                        List.of("master.xml", "plain.sql")),
                new Case("golang-migrate: up and down files paired by numeric version, empty down is nothing to undo",
                        SourceTool.GOLANG_MIGRATE, files(
                                "1_init.up.sql", "CREATE TABLE a (id int);\n",
                                "1_init.down.sql", "DROP TABLE a;\n",
                                "10_seed.up.sql", "INSERT INTO a VALUES (1);\n",
                                "10_seed.down.sql", "",
                                "2_b.up.sql", "CREATE TABLE b (id int);\n",
                                "3_code.go", "package main\n"),
                        List.of("1|CREATE TABLE a (id int);|DROP TABLE a;|tx", "2|CREATE TABLE b (id int);|-|tx",
                                "10|INSERT INTO a VALUES (1);|noop|tx"),
                        List.of("3_code.go")),
                new Case("dbmate: sections kept, transaction:false becomes no-transaction",
                        SourceTool.DBMATE, files(
                                "20240101000000_init.sql", "-- migrate:up\nCREATE TABLE a (id int);\n\n-- migrate:down\nDROP TABLE a;\n",
                                "20240102000000_idx.sql", "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON a (id);\n"
                                        + "-- migrate:down\n"),
                        List.of("20240101000000|CREATE TABLE a (id int);|DROP TABLE a;|tx",
                                "20240102000000|CREATE INDEX CONCURRENTLY i ON a (id);|noop|notx"),
                        List.of()),
                new Case("diesel: up.sql and down.sql folders, run_in_transaction = false",
                        SourceTool.DIESEL, files(
                                "2024-01-01-000000_create_a/up.sql", "CREATE TABLE a (id int);\n",
                                "2024-01-01-000000_create_a/down.sql", "DROP TABLE a;\n",
                                "2024-02-01-000000_idx/up.sql", "CREATE INDEX CONCURRENTLY i ON a (id);\n",
                                "2024-02-01-000000_idx/down.sql", "DROP INDEX i;\n",
                                "2024-02-01-000000_idx/metadata.toml", "run_in_transaction = false\n"),
                        List.of("20240101000000|CREATE TABLE a (id int);|DROP TABLE a;|tx",
                                "20240201000000|CREATE INDEX CONCURRENTLY i ON a (id);|DROP INDEX i;|notx"),
                        List.of()),
                new Case("prisma: migration.sql folders, forward-only",
                        SourceTool.PRISMA, files(
                                "20240101000000_init/migration.sql", "-- CreateTable\nCREATE TABLE \"A\" (id int);\n",
                                "20240102000000_idx/migration.sql", "CREATE INDEX CONCURRENTLY \"i\" ON \"A\" (id);\n",
                                "migration_lock.toml", "provider = \"postgresql\"\n"),
                        List.of("20240101000000_init|-- CreateTable\nCREATE TABLE \"A\" (id int);|-|tx",
                                "20240102000000_idx|CREATE INDEX CONCURRENTLY \"i\" ON \"A\" (id);|-|notx"),
                        List.of()))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void import_convertsEachToolsFolder_intoShaleFilesThatLoad(Case c) throws IOException {
        Path source = dir.resolve("source");
        for (Map.Entry<String, String> f : c.files().entrySet()) {
            Path p = source.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        ImportPlan plan = c.tool().reader().read(source);
        Path target = dir.resolve("db/migrations");
        List<ImportWriter.Planned> written = ImportWriter.write(target, c.tool(), plan, false);

        MigrationSet set = MigrationLoader.load(target, List.of(), null);
        SumFile.verify(target, set);
        assertThat(set.migrations()).hasSize(c.expected().size());
        for (int i = 0; i < c.expected().size(); i++) {
            String[] want = c.expected().get(i).split("\\|", -1);
            Migration m = set.migrations().get(i);
            MigrationBody.Sql body = (MigrationBody.Sql) m.body();
            assertThat(m.version()).isEqualTo(i + 1);
            assertThat(ImportMarker.find(Files.readString(body.file())).orElseThrow().id()).isEqualTo(want[0]);
            assertThat(body.up().strip()).as(m.script()).isEqualTo(want[1]);
            String down = want[2].equals("-") ? null
                    : want[2].equals("noop") ? ImportedMigration.NOTHING_TO_UNDO : want[2];
            assertThat(body.down() == null ? null : body.down().strip()).as(m.script()).isEqualTo(down);
            assertThat(m.transactional()).as(m.script()).isEqualTo(want[3].equals("tx"));
            assertThat(written.get(i).fileName()).isEqualTo(m.script());
        }
        assertThat(plan.skipped()).extracting(ImportPlan.Skipped::source).containsExactlyInAnyOrderElementsOf(c.skipped());
    }

    private static Map<String, String> files(String... pathsAndTexts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            out.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return out;
    }
}
