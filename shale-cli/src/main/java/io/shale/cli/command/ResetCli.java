package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ConfirmOptions;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.ProgressListener;
import io.shale.command.Confirmation;
import io.shale.command.ResetCommand;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reset", description = "Drop every object of the managed schema and upgrade to head.")
public final class ResetCli extends BaseCommand {
    @Option(names = "--extensions", description = "Drop the extensions too (PostgreSQL).")
    boolean extensions;

    @Option(names = "--seed", paramLabel = "NAME", description = "Run the seed set NAME afterwards.")
    String seed;

    @Mixin
    ConfirmOptions confirm;

    public ResetCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        ProgressListener progress = new ProgressListener(out(), env.terminal().interactive());
        try (Project project = Project.load(env, options())) {
            Shale shale = project.shale(progress);
            Confirmation confirmation = ClearCli.confirmation(this, shale, project.config(), confirm,
                    "drop every object of");
            ResetCommand.Result r;
            try {
                r = shale.reset(new ResetCommand.Options(extensions, confirmation));
            } finally {
                progress.done();
            }
            out().println("Reset " + r.database().describe() + ": " + r.upgrade().applied().size()
                    + " migrations applied, now at version " + r.upgrade().toVersion() + ".");
            if (seed != null) {
                ClearCli.seed(this, shale, project.config(), seed, List.of(), confirmation);
            }
            return ExitCodes.OK;
        }
    }
}
