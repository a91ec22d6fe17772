package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.migration.MigrationWriter;
import picocli.CommandLine.Command;

@Command(name = "hash", description = "Rewrite shale.sum (and archive/shale.sum) from the migration files (after reviewing a change to them).")
public final class HashCli extends JsonCommand {
    public HashCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Project project = Project.load(env, options())) {
            Shale.HashResult hashed = Shale.of(project.workspace()).hash();
            MigrationWriter.HashResult r = hashed.migrations();
            if (json) {
                try (Json j = new Json(out())) {
                    j.startObject();
                    sumFile(j.startObject("migrations"), r).endObject();
                    hashed.archive().ifPresentOrElse(a -> sumFile(j.startObject("archive"), a).endObject(),
                            () -> j.nullField("archive"));
                    j.endObject();
                }
                return ExitCodes.OK;
            }
            out().println(r.changed() ? "Rewrote " + r.sumFile() + "." : r.sumFile() + " is up to date.");
            hashed.archive().ifPresent(a -> out().println(a.changed()
                    ? "Rewrote " + a.sumFile() + " (the archived files)." : a.sumFile() + " is up to date."));
            return ExitCodes.OK;
        }
    }

    private Json sumFile(Json j, MigrationWriter.HashResult r) {
        return j.field("sumFile", relative(r.sumFile())).field("changed", r.changed());
    }
}
