package io.shale.migration.imports;

import java.nio.file.Path;

/** Reads one tool's migration folder into what Shale will write; reads files only, writes nothing. */
public interface ToolReader {
    /**
     * @param folder the tool's migrations folder
     * @return the migrations in the order the tool applies them, and what could not be converted
     * @throws io.shale.error.ShaleException MIGRATIONS_DIR_MISSING, MIGRATION_UNREADABLE, or
     *         MIGRATION_DUPLICATE_VERSION / MIGRATION_BAD_NAME for a folder the tool itself would refuse
     */
    ImportPlan read(Path folder);
}
