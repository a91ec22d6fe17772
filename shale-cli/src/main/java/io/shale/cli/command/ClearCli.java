package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ConfirmOptions;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.ProgressListener;
import io.shale.command.ClearCommand;
import io.shale.command.Confirmation;
import io.shale.command.LifecycleScratch;
import io.shale.command.SeedCommand;
import io.shale.config.DatabaseSettings;
import io.shale.config.ShaleConfig;
import io.shale.data.ReferenceDataPolicy;
import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
import io.shale.command.MigrationContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "clear", description = "Empty every table (but Shale's and excluded ones), then restore the rows "
        + "the migrations insert: the database a fresh upgrade gives.")
public final class ClearCli extends BaseCommand {
    @Option(names = "--seed", paramLabel = "NAME", description = "Run the seed set NAME afterwards.")
    String seed;

    @Mixin
    ConfirmOptions confirm;

    public ClearCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        ProgressListener progress = new ProgressListener(out(), env.terminal().interactive());
        try (Project project = Project.load(env, options())) {
            ShaleConfig config = project.config();
            Shale shale = project.shale(progress);
            Confirmation confirmation = confirmation(this, shale, config, confirm, "clear");
            ClearCommand.Options opts = new ClearCommand.Options(config.exclude(),
                    ReferenceDataPolicy.fromConfig(config.extensions().get("reference-data")), confirmation);
            ClearCommand.Result r = shale.withContext(ctx -> new ClearCommand(ctx, progress, scratch(ctx, config)).run(opts));
            progress.done();
            out().println("Cleared " + r.cleared().size() + " tables of " + r.database().describe() + "; restored "
                    + r.restored().values().stream().mapToInt(Integer::intValue).sum() + " reference rows in "
                    + r.restored().size() + " tables.");
            if (seed != null) {
                List<String> reference = new ArrayList<>(config.exclude());
                reference.addAll(r.restored().keySet());
                seed(this, shale, config, seed, reference, confirmation);
            }
            return ExitCodes.OK;
        }
    }

    /** Names the target (and asks on a terminal) before a destructive command. */
    static Confirmation confirmation(BaseCommand command, Shale shale, ShaleConfig config, ConfirmOptions confirm,
                                     String what) {
        var database = shale.status().database();
        return confirm.resolve(command.env.terminal(), command.out(), database.database(), database.describe()
                + " (environment " + config.environment() + ")", what);
    }

    static void seed(BaseCommand command, Shale shale, ShaleConfig config, String name, List<String> reference, Confirmation confirmation) {
        SeedCommand.Result s = shale.seed(new SeedCommand.Options(seedsFolder(config), name, reference, confirmation));
        command.out().println("Seeded '" + s.name() + "': " + s.statements() + " statements from " + s.files().size() + " files.");
    }

    static Path seedsFolder(ShaleConfig config) {
        Object seeds = config.extensions().get("seeds");
        return seeds == null ? config.baseDir().resolve("db/seeds") : Path.of(seeds.toString());
    }

    /** Scratch databases on the {@code scratch:} server if configured, else beside the managed database. */
    static ScratchProvider scratch(MigrationContext ctx, ShaleConfig config) {
        if (config.extensions().get("scratch") instanceof DatabaseSettings s) {
            return ScratchDatabases.beside(ctx.dialect(), s.url(), s.user(),
                    s.password() == null ? null : s.password().reveal());
        }
        DatabaseSettings db = config.database();
        return LifecycleScratch.beside(ctx, db == null || db.password() == null ? null : db.password().reveal());
    }
}
