package io.shale.command.generate;

import io.shale.migration.MigrationSet;
import io.shale.schema.Catalog;
import java.nio.file.Path;
import javax.sql.DataSource;

/** One side of {@code shale diff --from X --to Y}. */
public sealed interface SchemaSource {
    Catalog catalog(CatalogSources sources);

    /** What the migrations build (all of them, or up to a version). */
    record Migrations(MigrationSet migrations, Integer version) implements SchemaSource {
        @Override
        public Catalog catalog(CatalogSources sources) {
            return sources.fromMigrations(migrations, version);
        }
    }

    /** The models, as configured. */
    record Models(ModelSource models) implements SchemaSource {
        @Override
        public Catalog catalog(CatalogSources sources) {
            return models.catalog(sources);
        }
    }

    /** A live database, read as it is. */
    record Database(DataSource dataSource, String description) implements SchemaSource {
        @Override
        public Catalog catalog(CatalogSources sources) {
            return sources.fromDatabase(dataSource, description);
        }
    }

    /** A {@code .sql} file of DDL. */
    record SqlFile(Path file) implements SchemaSource {
        @Override
        public Catalog catalog(CatalogSources sources) {
            return sources.fromSqlFile(file);
        }
    }
}
