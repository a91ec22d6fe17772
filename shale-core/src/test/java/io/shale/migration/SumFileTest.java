package io.shale.migration;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static io.shale.migration.MigrationFiles.migration;
import static io.shale.migration.MigrationFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SumFileTest {
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @TempDir
    Path dir;

    private MigrationSet load() {
        return MigrationLoader.load(dir, List.of(), null);
    }

    private SumFile sum() {
        return SumFile.compute(load().migrations());
    }

    @BeforeEach
    void copyFixtureMigrations() throws IOException, URISyntaxException {
        Path source = Path.of(getClass().getResource("/migration/sum/migrations").toURI());
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName().toString()));
            }
        }
    }

    @Test
    void write_producesTheDocumentedFormat() throws Exception {
        Path written = SumFile.write(dir, load().migrations());

        String golden = Files.readString(Path.of(getClass().getResource("/migration/sum/golden.sum").toURI()))
                .replace("\r", "");
        assertThat(written).isEqualTo(dir.resolve("shale.sum"));
        assertThat(Files.readString(written)).isEqualTo(golden);
        assertThat(golden.lines().findFirst().orElseThrow())
                .as("the total repeats the last chain value")
                .isEqualTo("total " + golden.lines().reduce((a, b) -> b).orElseThrow().split(" ")[1]);
    }

    @Test
    void write_leavesNoTemporaryFileBehind() throws IOException {
        SumFile.write(dir, load().migrations());
        SumFile.write(dir, load().migrations());

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("0001_create_users.sql", "0002_add_email.sql", "shale.sum");
        }
    }

    @Test
    void compute_givesTheEmptyStringHashForNoFiles() {
        assertThat(SumFile.compute(List.of()).render()).isEqualTo("total sha256:" + EMPTY_SHA256 + "\n");
    }

    @Test
    void compute_leavesJavaMigrationsOut() {
        List<Migration> all = new ArrayList<>(load().migrations());
        all.addAll(JavaMigrationScanner.scan(List.of("io.shale.migration.fixtures.javamig"), getClass().getClassLoader()));
        all.sort(Comparator.comparingInt(Migration::version));

        assertThat(SumFile.compute(all)).isEqualTo(sum());
    }

    @Test
    void compute_changingAFileChangesTheTotalAndEveryLaterLine() {
        migration(dir, "0003_c.sql");
        migration(dir, "0004_d.sql");
        SumFile before = sum();

        write(dir, "0002_add_email.sql", "-- migrate:up\nALTER TABLE users ADD COLUMN email varchar(200);\n");
        SumFile after = sum();

        assertThat(after.total()).isNotEqualTo(before.total());
        assertThat(after.lines().get(0)).isEqualTo(before.lines().get(0));
        for (int i = 1; i < 4; i++) {
            assertThat(after.lines().get(i).fileName()).isEqualTo(before.lines().get(i).fileName());
            assertThat(after.lines().get(i).hash()).as("line %d", i + 1).isNotEqualTo(before.lines().get(i).hash());
        }
    }

    @Test
    void compute_addingAFileChangesTheTotalAndAppendsALine() {
        SumFile before = sum();

        migration(dir, "0003_c.sql");
        SumFile after = sum();

        assertThat(after.total()).isNotEqualTo(before.total()).isEqualTo(after.lines().get(2).hash());
        assertThat(after.lines().subList(0, 2)).isEqualTo(before.lines());
    }

    @Test
    void compute_twoBranchesAddingDifferentThirdFilesDifferOnTheLastLineAndTotal() {
        SumFile base = sum();
        migration(dir, "0003_add_orders.sql");
        SumFile branchA = sum();
        write(dir, "0003_add_orders.sql", "-- migrate:up\nSELECT 1;\n");
        SumFile branchB = sum();

        assertThat(branchA.lines().subList(0, 2)).isEqualTo(base.lines()).isEqualTo(branchB.lines().subList(0, 2));
        assertThat(branchA.lines().get(2)).isNotEqualTo(branchB.lines().get(2));
        assertThat(branchA.total()).isNotEqualTo(branchB.total());
    }

    @Test
    void check_acceptsAnUpToDateSumFile() {
        SumFile.write(dir, load().migrations());

        assertThat(SumFile.check(dir, load())).isEqualTo(new SumFileCheck.Ok(dir.resolve("shale.sum")));
        SumFile.verify(dir, load());
    }

    @Test
    void check_acceptsCrlfLineEndings() throws IOException {
        write(dir, "shale.sum", SumFile.compute(load().migrations()).render().replace("\n", "\r\n"));

        assertThat(SumFile.check(dir, load()).ok()).isTrue();
    }

    @Test
    void check_reportsAMissingSumFile() {
        SumFileCheck check = SumFile.check(dir, load());

        assertThat(check).isEqualTo(new SumFileCheck.Missing(dir.resolve("shale.sum")));
        ShaleException e = catchThrowableOfType(ShaleException.class, () -> SumFile.verify(dir, load()));
        assertThat(e.code()).isEqualTo(ErrorCode.SUM_FILE_MISSING);
        assertThat(e.getMessage()).contains(dir.resolve("shale.sum").toString());
        assertThat(e.hint()).contains("shale hash");
    }

    @Test
    void check_reportsAMalformedLine() {
        String good = SumFile.compute(load().migrations()).render();
        write(dir, "shale.sum", good.replace("0002_add_email.sql sha256:", "0002_add_email.sql sha1:"));

        SumFileCheck check = SumFile.check(dir, load());

        assertThat(check).isInstanceOf(SumFileCheck.Malformed.class);
        assertThat(((SumFileCheck.Malformed) check).line()).isEqualTo(3);
        ShaleException e = catchThrowableOfType(ShaleException.class, check::orThrow);
        assertThat(e.code()).isEqualTo(ErrorCode.SUM_FILE_MALFORMED);
        assertThat(e.getMessage()).contains("shale.sum, line 3:", "sha1:");
        assertThat(e.hint()).contains("shale hash");
    }

    @Test
    void check_reportsABadTotalLineAndAnEmptyFile() {
        write(dir, "shale.sum", "total sha256:abc\n");
        assertThat(((SumFileCheck.Malformed) SumFile.check(dir, load())).line()).isEqualTo(1);

        write(dir, "shale.sum", "");
        assertThat(((SumFileCheck.Malformed) SumFile.check(dir, load())).reason()).contains("empty");
    }

    @Test
    void check_pointsAtRebaseForAMergeConflict() {
        String good = SumFile.compute(load().migrations()).render();
        write(dir, "shale.sum", good + "<<<<<<< HEAD\n0003_a.sql sha256:" + "1".repeat(64) + "\n=======\n");

        SumFileCheck check = SumFile.check(dir, load());

        assertThat(check).isEqualTo(new SumFileCheck.Malformed(dir.resolve("shale.sum"), 4,
                "git merge conflict marker `<<<<<<< HEAD`", true));
        assertThat(catchThrowableOfType(ShaleException.class, check::orThrow).hint()).contains("shale rebase");
    }

    @Test
    void check_namesAnEditedFile() {
        migration(dir, "0003_c.sql");
        SumFile.write(dir, load().migrations());
        write(dir, "0002_add_email.sql", "-- migrate:up\nSELECT 'edited';\n");

        SumFileCheck check = SumFile.check(dir, load());

        assertThat(check).isEqualTo(new SumFileCheck.Mismatch(dir.resolve("shale.sum"), "0002_add_email.sql",
                List.of("0002_add_email.sql"), List.of(), List.of()));
        ShaleException e = catchThrowableOfType(ShaleException.class, check::orThrow);
        assertThat(e.code()).isEqualTo(ErrorCode.SUM_FILE_MISMATCH);
        assertThat(e.getMessage()).contains("first line that differs is 0002_add_email.sql",
                "changed since it was written: 0002_add_email.sql");
        assertThat(e.hint()).isEqualTo("run `shale hash` after reviewing the change");
    }

    @Test
    void check_namesFilesAddedAndRemovedSinceTheSumWasWritten() throws IOException {
        migration(dir, "0003_c.sql");
        SumFile.write(dir, load().migrations());
        Files.delete(dir.resolve("0003_c.sql"));
        migration(dir, "0004_d.sql");

        SumFileCheck check = SumFile.check(dir, load());

        assertThat(check).isEqualTo(new SumFileCheck.Mismatch(dir.resolve("shale.sum"), "0004_d.sql",
                List.of(), List.of("0004_d.sql"), List.of("0003_c.sql")));
        assertThat(catchThrowableOfType(ShaleException.class, check::orThrow).getMessage())
                .contains("not listed: 0004_d.sql", "listed but not on disk: 0003_c.sql");
    }

    @Test
    void check_reportsAStaleTotalLine() {
        SumFile current = sum();
        write(dir, "shale.sum", new SumFile(EMPTY_SHA256, current.lines()).render());

        SumFileCheck check = SumFile.check(dir, load());

        assertThat(check).isEqualTo(new SumFileCheck.Mismatch(dir.resolve("shale.sum"), null, List.of(), List.of(), List.of()));
        assertThat(catchThrowableOfType(ShaleException.class, check::orThrow).getMessage())
                .contains("the total line does not match");
    }
}
