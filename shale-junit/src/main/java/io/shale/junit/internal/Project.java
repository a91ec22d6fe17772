package io.shale.junit.internal;

import io.shale.Shale;
import io.shale.command.lifecycle.ClearCommand;
import io.shale.command.lifecycle.SeedCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.config.ShaleConfig;
import io.shale.data.ReferenceDataPolicy;
import io.shale.migration.MigrationSet;
import io.shale.run.Confirmation;
import io.shale.workspace.Workspace;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * One test project, read and validated once: its settings, its migrations, the version and seed set
 * the tests ask for, and where test databases are made.
 *
 * @param url      the JDBC URL test databases are made beside, {@code embedded:mariadb}, or null for the
 *                 shared embedded PostgreSQL
 * @param version  the version test databases are migrated to (validated against the files)
 * @param seed     the seed set loaded into the template, or null
 * @param seeds    the seeds folder
 */
public record Project(ShaleConfig config, MigrationSet migrations, String url, String user, String password,
                      int version, String seed, Path seeds, ReferenceDataPolicy referenceData, Path stateDirectory) {

    /** The facade on {@code dataSource}, with this project's settings and migrations. */
    public Shale shale(DataSource dataSource, String where) {
        return Shale.of(Workspace.builder().config(config).migrationSet(migrations).dataSource(dataSource, where).build());
    }

    /** Migrates an empty database to the project's version and loads the seed set: what every template holds. */
    public void build(DataSource dataSource, String where) {
        Shale shale = shale(dataSource, where);
        shale.upgrade(new UpgradeCommand.Options(version, false, false));
        if (seed != null) {
            shale.seed(new SeedCommand.Options(seeds, seed, config.exclude(), Confirmation.YES));
        }
    }

    /** Options for {@code clear} that restore what the template holds (reference rows and seed rows). */
    public ClearCommand.Options clearOptions() {
        return new ClearCommand.Options(config.exclude(), referenceData, Confirmation.YES);
    }
}
