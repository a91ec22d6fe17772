package io.shale.command.adopt;

import io.shale.migration.imports.ImportPlan;
import io.shale.migration.imports.ImportWriter;
import io.shale.migration.imports.SourceTool;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code shale import}: converts another tool's migration folder into Shale files, statements kept as
 * written, and rewrites {@code shale.sum}. Reads and writes files only; no database.
 */
public final class ImportCommand {

    /**
     * @param tool   the other tool
     * @param source its migrations folder
     * @param target the Shale migrations folder
     * @param dryRun name the files and report, write nothing
     * @param force  write into a folder that already holds migrations, numbering after them
     */
    public record Options(SourceTool tool, Path source, Path target, boolean dryRun, boolean force) {
    }

    /**
     * @param files    the files written (or, on a dry run, that would be), in version order
     * @param skipped  what was not converted, with what to do about each
     * @param warnings converted, but worth a look
     * @param written  false on a dry run
     */
    public record Result(List<ImportWriter.Planned> files, List<ImportPlan.Skipped> skipped, List<String> warnings,
                         boolean written) {
    }

    /**
     * @throws io.shale.error.ShaleException MIGRATIONS_DIR_MISSING for a missing source folder,
     *         MIGRATION_DUPLICATE_VERSION for a target that holds migrations without {@code force}, any
     *         parser error for a converted file that Shale could not read back
     */
    public Result run(Options options) {
        ImportPlan plan = options.tool().reader().read(options.source());
        List<ImportWriter.Planned> files = options.dryRun()
                ? ImportWriter.plan(options.target(), options.tool(), plan,
                        ImportWriter.firstVersion(options.target(), options.force()))
                : ImportWriter.write(options.target(), options.tool(), plan, options.force());
        return new Result(files, plan.skipped(), plan.warnings(), !options.dryRun());
    }
}
