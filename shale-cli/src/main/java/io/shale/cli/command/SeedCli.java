package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ConfirmOptions;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.ProgressListener;
import io.shale.command.Confirmation;
import io.shale.data.ReferenceDataPolicy;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "seed", description = "Run the seed set db/seeds/NAME/*.sql in name order, in one transaction.")
public final class SeedCli extends BaseCommand {
    @Parameters(paramLabel = "NAME", description = "The seed set (a folder under the seeds folder).")
    String name;

    @Mixin
    ConfirmOptions confirm;

    public SeedCli(CliEnvironment env) {
        super(env);
    }

    /** Without flags and without a terminal, only an empty database can be seeded. */
    @Override
    public Integer call() {
        ProgressListener progress = new ProgressListener(out(), env.terminal().interactive());
        try (Project project = Project.load(env, options())) {
            Shale shale = project.shale(progress);
            var config = project.config();
            List<String> reference = new ArrayList<>(config.exclude());
            reference.addAll(ReferenceDataPolicy.fromConfig(config.extensions().get("reference-data")).tables());
            Confirmation confirmation = ClearCli.confirmation(this, shale, config, confirm, "seed '" + name + "' into");
            try {
                ClearCli.seed(this, shale, config, name, reference, confirmation);
            } finally {
                progress.done();
            }
            return ExitCodes.OK;
        }
    }
}
