package io.shale.command.generate;

import io.shale.run.MigrationContext;
import io.shale.run.MigrationListener;
import io.shale.run.Settings;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchDatabase;
import io.shale.dialect.ScratchProvider;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.Connections;
import io.shale.migration.MigrationSet;
import io.shale.schema.Catalog;
import io.shale.schema.SchemaRename;
import io.shale.sql.SqlStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Builds the catalogs the differ compares, always by letting the engine itself normalise them:
 * migrations are replayed and DDL files applied in scratch databases, then inspected. The
 * developer's own database is read only when asked for ({@link #fromDatabase}).
 */
public final class CatalogSources {
    private final Dialect dialect;
    private final ScratchProvider scratch;
    private final Predicate<String> skipTable;
    private final List<String> schemas;

    /**
     * @param skipTable tables never compared: Shale's history and meta tables and {@code exclude:} patterns
     */
    public CatalogSources(Dialect dialect, ScratchProvider scratch, Predicate<String> skipTable) {
        this(dialect, scratch, skipTable, List.of());
    }

    /**
     * @param schemas the schemas compared ({@code schemas:}); empty: the engine's
     *                {@link io.shale.dialect.Inspector#defaultSchemas default}, on PostgreSQL every
     *                schema that is not a system one
     */
    public CatalogSources(Dialect dialect, ScratchProvider scratch, Predicate<String> skipTable, List<String> schemas) {
        this.dialect = dialect;
        this.scratch = scratch;
        this.skipTable = skipTable;
        this.schemas = List.copyOf(schemas);
    }

    /** The catalog the migrations build, replayed up to {@code version} (null: all) in a scratch database. */
    public Catalog fromMigrations(MigrationSet migrations, Integer version) {
        try (ScratchDatabase db = scratch.create("replay")) {
            replay(db, migrations, version);
            return inspect(db.dataSource(), db.description());
        }
    }

    /** Replays the migrations (up to {@code version}, null: all) into {@code db}. */
    public void replay(ScratchDatabase db, MigrationSet migrations, Integer version) {
        try (MigrationContext ctx = MigrationContext.open(db.dataSource(), db.description(), migrations,
                Settings.defaults(migrations.directory().toString()))) {
            new UpgradeCommand(ctx, MigrationListener.NONE).run(new UpgradeCommand.Options(version, false, false));
        }
    }

    /** The catalog a DDL file describes, applied to a scratch database. */
    public Catalog fromSqlFile(Path file) {
        String sql;
        try {
            sql = Files.readString(file);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "Cannot read the schema file " + file + ": " + e,
                    "check models.schema in shale.yaml", e);
        }
        try (ScratchDatabase db = scratch.create("models")) {
            apply(db.dataSource(), db.description(), file.toString(), sql);
            return inspect(db.dataSource(), db.description());
        }
    }

    /** Runs {@code sql} statement by statement; a failure names the file and line. */
    public void apply(DataSource ds, String where, String label, String sql) {
        try (Connection c = Connections.open(ds, where); Statement st = c.createStatement()) {
            for (SqlStatement s : dialect.splitter().split(sql)) {
                try {
                    st.execute(s.sql());
                } catch (SQLException e) {
                    throw new ShaleException(ErrorCode.MIGRATION_FAILED, label + " line " + s.line() + ": "
                            + e.getMessage(), "fix the statement; it must run on an empty " + dialect.name()
                            + " database", e);
                }
            }
        } catch (SQLException e) {
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not apply " + label + " to " + where + ": "
                    + e.getMessage(), null, e);
        }
    }

    /** Reads the catalog of a live database. */
    public Catalog fromDatabase(DataSource ds, String where) {
        return inspect(ds, where);
    }

    public Catalog inspect(DataSource ds, String where) {
        try (Connection c = Connections.open(ds, where)) {
            List<String> wanted = schemas.isEmpty() ? dialect.inspector().defaultSchemas(c) : schemas;
            Catalog catalog = dialect.inspector().inspect(c, wanted, skipTable);
            String canonical = dialect.canonicalSchemaName();
            if (canonical != null && catalog.schemas().size() == 1) {
                catalog = SchemaRename.rename(catalog, catalog.schemas().get(0).name(), canonical);
            }
            return catalog;
        } catch (SQLException e) {
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not inspect " + where + ": " + e.getMessage(), null, e);
        }
    }
}
