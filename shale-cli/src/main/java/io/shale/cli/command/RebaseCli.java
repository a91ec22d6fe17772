package io.shale.cli.command;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.command.history.RebaseCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rebase", description = {"Renumber the migrations this branch added after the highest number on",
        "another branch, and rewrite shale.sum (resolves the sum file's merge conflict). Files only."})
public final class RebaseCli extends JsonCommand {
    @Option(names = "--onto", paramLabel = "BRANCH", defaultValue = "main", description = "The other branch (default main).")
    String onto;

    @Option(names = "--dry-run", description = "Print the renames; change nothing.")
    boolean dryRun;

    public RebaseCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Project project = Project.load(env, options())) {
            RebaseCommand.Result r = new RebaseCommand(project.config().migrations())
                    .run(new RebaseCommand.Options(onto, dryRun));
            if (json) {
                try (Json j = new Json(out())) {
                    j.startObject().field("onto", r.onto()).field("highestOnto", r.highestOnto()).field("dryRun", dryRun);
                    j.startArray("renames");
                    r.renames().forEach(rename -> j.startObject().field("from", rename.from()).field("to", rename.to())
                            .endObject());
                    j.endArray().field("sumFileRewritten", !dryRun && !r.renames().isEmpty()).endObject();
                }
                return ExitCodes.OK;
            }
            if (r.renames().isEmpty()) {
                out().println("Nothing to renumber: this branch's migrations already follow " + onto + "'s (highest "
                        + r.highestOnto() + ").");
            }
            for (RebaseCommand.Rename rename : r.renames()) {
                out().println((dryRun ? "would rename " : "renamed ") + rename.from() + " -> " + rename.to());
            }
            if (!dryRun && !r.renames().isEmpty()) {
                out().println("Rewrote shale.sum. Review, then `git add` the renamed files and shale.sum.");
            }
            return ExitCodes.OK;
        }
    }
}
