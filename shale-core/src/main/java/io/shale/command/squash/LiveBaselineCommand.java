package io.shale.command.squash;

import io.shale.command.adopt.AdoptTool;
import io.shale.config.TablePatterns;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchProvider;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.MigrationFileName;
import io.shale.migration.MigrationSet;
import io.shale.migration.MigrationWriter;
import io.shale.run.SumGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * {@code shale baseline}: one migration, written from a live database, that creates its whole schema and inserts
 * the rows of its reference tables (the {@code reference-data:} patterns), with their sequence positions. It is
 * proved on a scratch database before it is written; the facade then records it as applied on the live database
 * (as {@code stamp} does), so a team leaving another tool starts from the database it has, not from its history.
 * The other tools' history tables and Shale's own are left out.
 */
public final class LiveBaselineCommand {

    /**
     * @param referenceData glob patterns of the tables whose rows the baseline carries; empty for none
     * @param message       the file's slug source ({@code baseline} when null)
     * @param dryRun        build and prove it, write nothing
     */
    public record Options(List<String> referenceData, String message, boolean dryRun) {
        public Options {
            referenceData = List.copyOf(referenceData);
        }
    }

    /**
     * @param file            the file written (its would-be path on a dry run)
     * @param version         its version
     * @param content         its text
     * @param tables          tables it creates
     * @param referenceTables tables whose rows it inserts
     * @param rows            rows it inserts
     * @param warnings        objects it cannot create (outside Shale's catalog model)
     * @param written         false on a dry run
     */
    public record Result(Path file, int version, String content, int tables, List<String> referenceTables, int rows,
                         List<String> warnings, boolean written) {
        public Result {
            referenceTables = List.copyOf(referenceTables);
            warnings = List.copyOf(warnings);
        }
    }

    private final Dialect dialect;
    private final ScratchProvider scratch;
    private final MigrationSet migrations;
    private final Predicate<String> skipTable;

    /** @param skipTable tables never copied (Shale's own and {@code exclude:}); other tools' history tables are added */
    public LiveBaselineCommand(Dialect dialect, ScratchProvider scratch, MigrationSet migrations,
                               Predicate<String> skipTable) {
        this.dialect = dialect;
        this.scratch = scratch;
        this.migrations = migrations;
        List<String> tools = new ArrayList<>();
        for (AdoptTool t : AdoptTool.values()) {
            tools.add(t.defaultTable());
        }
        tools.add("databasechangeloglock");
        this.skipTable = skipTable.or(TablePatterns.of(tools));
    }

    /**
     * @param live  the database to take the baseline from
     * @param where how messages name it
     * @throws io.shale.error.ShaleException VALIDATION_FAILED when the baseline does not rebuild the live database
     *         (nothing is written); SUM_FILE_* when the migrations folder does not match its sum file
     */
    public Result run(DataSource live, String where, Options options) {
        if (!migrations.isEmpty()) {
            SumGate.verify(migrations);
        }
        LiveBaseline.Built built = new LiveBaseline(dialect, scratch, skipTable)
                .build(live, where, TablePatterns.of(options.referenceData()));
        String message = options.message() == null ? "baseline" : options.message();
        String content = content(built, where, options.referenceData());
        int version = migrations.isEmpty() ? 1 : migrations.latestVersion() + 1;
        if (options.dryRun()) {
            Path file = migrations.directory().resolve(MigrationFileName.of(version,
                    MigrationFileName.slugify(message)).fileName());
            return new Result(file, version, content, built.tables(), built.referenceTables(), built.rows(),
                    built.warnings(), false);
        }
        int up = content.indexOf("-- migrate:up\n");
        Path file = MigrationWriter.create(migrations, message, content.substring(up + "-- migrate:up\n".length()),
                null);
        prependHeader(file, content.substring(0, up));
        return new Result(file, version, content, built.tables(), built.referenceTables(), built.rows(),
                built.warnings(), true);
    }

    private String content(LiveBaseline.Built built, String where, List<String> referenceData) {
        StringBuilder sb = new StringBuilder();
        sb.append("-- Baseline written by `shale baseline` from ").append(where.replace("\n", " "))
                .append(": its schema, and the rows of\n-- the tables matched by reference-data ")
                .append(referenceData.isEmpty() ? "(none)" : referenceData).append(": ")
                .append(built.referenceTables().isEmpty() ? "no table" : String.join(", ", built.referenceTables()))
                .append(".\n-- It has no down section: a baseline cannot be reverted.\n");
        for (String w : built.warnings()) {
            sb.append("-- WARNING: ").append(w.replace("\n", " ")).append('\n');
        }
        sb.append("-- migrate:up\n");
        sb.append(new SquashBaseline(dialect, scratch, skipTable).script(built.statements()));
        return sb.toString();
    }

    /** Puts the header comment above the section markers and rehashes (the writer writes only the sections). */
    private static void prependHeader(Path file, String header) {
        try {
            String text = Files.readString(file);
            Files.writeString(file, header + text);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE,
                    "Could not write " + file + ": " + e, "check that the folder is writable", e);
        }
        MigrationWriter.rehash(file.getParent());
    }
}
