package io.shale.cli;

import io.shale.Shale;
import io.shale.command.generate.ModelSource;
import io.shale.config.ConfigRequest;
import io.shale.config.ShaleConfig;
import io.shale.config.TablePatterns;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchProvider;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.MigrationSet;
import io.shale.run.MigrationListener;
import io.shale.workspace.Workspace;
import javax.sql.DataSource;

/**
 * One command's view of the user's project: the {@link Workspace} that the global options and the
 * process environment select, plus what only the CLI needs (a {@link Shale} built with the
 * command's progress listener). Closing it closes the workspace, which stops an embedded server
 * this command started.
 */
public final class Project implements AutoCloseable {
    private final Workspace workspace;

    private Project(Workspace workspace) {
        this.workspace = workspace;
    }

    public static Project load(CliEnvironment env, GlobalOptions options) {
        ConfigRequest request = new ConfigRequest(env.workingDirectory(), options.directory, options.configFile,
                env.variables(), options.overrides());
        return new Project(Workspace.load(request));
    }

    /** The typed parts of the project; the methods below are shortcuts to the ones most commands use. */
    public Workspace workspace() {
        return workspace;
    }

    public ShaleConfig config() {
        return workspace.config();
    }

    /** The migrations folder as the user would write it, relative to the working directory where possible. */
    public String migrationsLabel() {
        return workspace.migrationsLabel();
    }

    /** The migrations, read once per command. */
    public MigrationSet migrations() {
        return workspace.migrations();
    }

    /** The managed database as a data source (starting the embedded PostgreSQL when none is configured). */
    public DataSource dataSource() {
        return workspace.dataSource();
    }

    /** Reads the files, then connects (starting the embedded PostgreSQL when no database is configured). */
    public Shale shale(MigrationListener listener) {
        workspace.migrations();
        workspace.dataSource();
        return Shale.of(workspace).withListener(listener);
    }

    /** The managed engine's dialect, known from the URL without connecting (embedded: PostgreSQL). */
    public Dialect dialect() {
        return workspace.dialect();
    }

    /** Where generate, diff and drift checks make their throw-away databases. */
    public ScratchProvider scratch() {
        return workspace.scratch();
    }

    /** The configured models, or an error saying how to configure them. */
    public ModelSource models() {
        return workspace.models();
    }

    /** Tables never compared or touched: Shale's own and {@code exclude:}. */
    public TablePatterns skippedTables() {
        return workspace.skippedTables();
    }

    @Override
    public void close() {
        workspace.close();
    }

    public static ShaleException usage(String message, String hint) {
        return new ShaleException(ErrorCode.USAGE, message, hint);
    }
}
