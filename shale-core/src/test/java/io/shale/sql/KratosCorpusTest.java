package io.shale.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shale.dialect.postgres.PostgresSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Splits the 692 PostgreSQL migration files of ory/kratos from the shared corpus, when it is
 * present (skipped otherwise; the files are read in place, never copied). A cheap sanity check:
 * no statement is empty, and none ends inside an open string, comment or body, which shows as a
 * statement that swallows a delimiter and a statement appended after it.
 */
class KratosCorpusTest {

    private static final List<Path> LOCATIONS = List.of(
            Path.of("../../shared/corpus/kratos-postgres/migrations"),
            Path.of("/work/shared/corpus/kratos-postgres/migrations"));

    private final PostgresSplitter splitter = new PostgresSplitter();

    @Test
    void split_cutsEveryKratosMigrationIntoClosedStatements() throws IOException {
        Path folder = LOCATIONS.stream().filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(folder != null, () -> "the shared corpus kratos-postgres is not present: none of "
                + LOCATIONS.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList());

        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.toString().endsWith(".sql")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int total = 0;
        for (Path file : files) {
            for (SqlStatement statement : splitter.split(Files.readString(file))) {
                total++;
                assertThat(statement.sql()).as("%s line %d", file.getFileName(), statement.line()).isNotBlank();
                assertThat(splitter.split(statement.sql() + "\n;\nSELECT 1"))
                        .as("%s line %d ends inside an open string, comment or body", file.getFileName(), statement.line())
                        .hasSize(2)
                        .first().isEqualTo(new SqlStatement(statement.sql(), 1));
            }
        }
        assertThat(total).isGreaterThan(files.size());
    }
}
