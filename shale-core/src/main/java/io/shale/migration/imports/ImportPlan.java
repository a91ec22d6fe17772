package io.shale.migration.imports;

import java.util.List;

/**
 * What a folder of another tool converts to.
 *
 * @param migrations in the tool's order; they are numbered 1, 2, ... in this order
 * @param skipped    what could not be converted, each with what to do about it
 * @param warnings   converted, but worth a look (placeholders, run-always change sets)
 */
public record ImportPlan(List<ImportedMigration> migrations, List<Skipped> skipped, List<String> warnings) {
    public ImportPlan {
        migrations = List.copyOf(migrations);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /**
     * A file that was not converted.
     *
     * @param source relative path in the tool's folder
     * @param reason why it was not converted
     * @param todo   what the user can do about it
     */
    public record Skipped(String source, String reason, String todo) {
    }
}
