package io.shale.command.generate;

import io.shale.schema.Catalog;

/**
 * Where the desired schema ("the models") comes from. Every source is applied to a scratch
 * database and inspected, so the differ only ever compares two inspected catalogs.
 */
@FunctionalInterface
public interface ModelSource {
    Catalog catalog(CatalogSources sources);

    /** {@code models: { schema: db/schema.sql }}: declarative DDL. */
    static ModelSource schemaFile(java.nio.file.Path file) {
        return sources -> sources.fromSqlFile(file);
    }
}
