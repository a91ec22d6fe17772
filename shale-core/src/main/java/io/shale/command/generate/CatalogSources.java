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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Builds the catalogs the differ compares, always by letting the engine itself normalise them:
 * migrations are replayed and DDL files applied in scratch databases, then inspected. The
 * developer's own database is read only when asked for ({@link #fromDatabase}).
 */
public final class CatalogSources implements AutoCloseable {
    private final Dialect dialect;
    private final ScratchProvider scratch;
    private final Predicate<String> skipTable;
    /** Scratch databases kept open for the engine-canonical proof; null: each is dropped once inspected. */
    private final List<ScratchDatabase> retained;
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
        this(dialect, scratch, skipTable, schemas, null);
    }

    private CatalogSources(Dialect dialect, ScratchProvider scratch, Predicate<String> skipTable, List<String> schemas,
                           List<ScratchDatabase> retained) {
        this.dialect = dialect;
        this.scratch = scratch;
        this.skipTable = skipTable;
        this.schemas = List.copyOf(schemas);
        this.retained = retained;
    }

    /**
     * Sources that keep every scratch database they build open until {@link #close()}, so that the
     * proof can read the engine's own definitions from it ({@link #lastBuilt()}).
     */
    public static CatalogSources retaining(Dialect dialect, ScratchProvider scratch, Predicate<String> skipTable) {
        return retaining(dialect, scratch, skipTable, List.of());
    }

    /** As {@link #retaining(Dialect, ScratchProvider, Predicate)}, comparing {@code schemas} (empty: the default). */
    public static CatalogSources retaining(Dialect dialect, ScratchProvider scratch, Predicate<String> skipTable,
                                           List<String> schemas) {
        return new CatalogSources(dialect, scratch, skipTable, schemas, new ArrayList<>());
    }

    /** How many scratch databases were built and kept so far (0 where nothing is retained). */
    public int builtCount() {
        return retained == null ? 0 : retained.size();
    }

    /** The scratch database built last and kept open (retaining sources only). */
    public ScratchDatabase lastBuilt() {
        if (retained == null || retained.isEmpty()) {
            throw new IllegalStateException("no scratch database was retained");
        }
        return retained.get(retained.size() - 1);
    }

    /** A new scratch database, dropped by {@link #close()} (retaining sources only). */
    public ScratchDatabase create(String purpose) {
        ScratchDatabase db = scratch.create(purpose);
        if (retained != null) {
            retained.add(db);
        }
        return db;
    }

    /** Drops the retained scratch databases, newest first. */
    @Override
    public void close() {
        if (retained == null) {
            return;
        }
        ShaleException first = null;
        for (int i = retained.size() - 1; i >= 0; i--) {
            try {
                retained.get(i).close();
            } catch (ShaleException e) {
                first = first == null ? e : first;
            }
        }
        retained.clear();
        if (first != null) {
            throw first;
        }
    }

    /** The catalog the migrations build, replayed up to {@code version} (null: all) in a scratch database. */
    public Catalog fromMigrations(MigrationSet migrations, Integer version) {
        if (retained != null) {
            ScratchDatabase db = create("replay");
            replay(db, migrations, version);
            return inspect(db.dataSource(), db.description());
        }
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
        if (retained != null) {
            ScratchDatabase db = create("models");
            apply(db.dataSource(), db.description(), file.toString(), sql);
            return inspect(db.dataSource(), db.description());
        }
        try (ScratchDatabase db = scratch.create("models")) {
            apply(db.dataSource(), db.description(), file.toString(), sql);
            return inspect(db.dataSource(), db.description());
        }
    }

    /**
     * The catalog {@code build} makes in a new scratch database (named for {@code purpose}), which
     * is dropped afterwards whether {@code build} succeeds or throws (retaining sources: on
     * {@link #close()}, and it is then {@link #lastBuilt()} for the proof).
     */
    public Catalog fromScratch(String purpose, Consumer<ScratchDatabase> build) {
        if (retained != null) {
            ScratchDatabase db = create(purpose); // kept for the proof, dropped by close() even when build throws
            build.accept(db);
            return inspect(db.dataSource(), db.description());
        }
        try (ScratchDatabase db = scratch.create(purpose)) {
            build.accept(db);
            return inspect(db.dataSource(), db.description());
        }
    }

    /** Runs {@code sql} statement by statement; a failure names the file and line. */
    public void apply(DataSource ds, String where, String label, String sql) {
        apply(ds, where, label, sql, false);
    }

    /**
     * Runs {@code sql} as the runner runs a migration file: in one transaction where the engine's DDL
     * is transactional, so what only fails inside a transaction (PostgreSQL's use of an enum value the
     * same transaction added) fails here too. A failure rolls everything back.
     */
    public void applyAsMigration(DataSource ds, String where, String label, String sql) {
        apply(ds, where, label, sql, dialect.transactionalDdl());
    }

    private void apply(DataSource ds, String where, String label, String sql, boolean transaction) {
        try (Connection c = Connections.open(ds, where); Statement st = c.createStatement()) {
            c.setAutoCommit(!transaction);
            for (SqlStatement s : dialect.splitter().split(sql)) {
                try {
                    st.execute(s.sql());
                } catch (SQLException e) {
                    if (transaction) {
                        c.rollback();
                    }
                    throw new ShaleException(ErrorCode.MIGRATION_FAILED, label + " line " + s.line() + ": "
                            + e.getMessage(), "fix the statement; it must run on an empty " + dialect.name()
                            + " database", e);
                }
            }
            if (transaction) {
                c.commit();
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
