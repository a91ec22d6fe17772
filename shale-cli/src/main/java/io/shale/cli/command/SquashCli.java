package io.shale.cli.command;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.cli.output.ProgressListener;
import io.shale.command.squash.SquashCommand;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Progress goes to stderr, bars only on a terminal: stdout holds the baseline of a dry run. */
@Command(name = "squash", description = {
        "Replace migrations 1..N by one baseline numbered N: the schema and every row they leave, with sequence",
        "positions. Proved equal (schema and rows) to a replay in scratch databases before any file changes.",
        "The replaced files move to archive/ (or are deleted); shale.sum is rewritten. No database is changed."})
public final class SquashCli extends JsonCommand {
    @Option(names = "--through", paramLabel = "N", description = "The last version replaced (default: the latest).")
    Integer through;

    @Option(names = "--delete", description = "Delete the replaced files instead of moving them to archive/.")
    boolean delete;

    @Option(names = "--dry-run", description = "Print the baseline; write and move nothing.")
    boolean dryRun;

    public SquashCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Project project = Project.load(env, options())) {
            ProgressListener progress = new ProgressListener(env.err(), terminal().interactive());
            SquashCommand command = new SquashCommand(project.dialect(), project.scratch(), project.migrations(),
                    SquashCommand.shaleTables(), progress);
            SquashCommand.Result r;
            try {
                r = command.run(new SquashCommand.Options(through, delete, dryRun));
            } finally {
                progress.done();
            }
            for (String w : r.warnings()) {
                env.err().println("WARNING: " + w);
            }
            if (json) {
                writeJson(r);
                return ExitCodes.OK;
            }
            if (dryRun) {
                out().print(r.content());
                return ExitCodes.OK;
            }
            for (int i = 0; i < r.replaced().size(); i++) {
                Path to = r.moved().get(i);
                out().println((to == null ? "Deleted " : "Moved ") + relative(r.replaced().get(i))
                        + (to == null ? "" : " -> " + relative(to)));
            }
            out().println("Wrote " + relative(r.baseline()) + ": versions " + r.first() + " to " + r.version() + ", "
                    + r.tables() + " table(s), " + r.rows() + " row(s); shale.sum rewritten. Review it before you "
                    + "commit it.");
            return ExitCodes.OK;
        }
    }

    private void writeJson(SquashCommand.Result r) {
        try (Json j = new Json(out())) {
            j.startObject().field("dryRun", dryRun).field("delete", delete).field("first", r.first())
                    .field("version", r.version()).field("baseline", relative(r.baseline())).startArray("replaced");
            for (int i = 0; i < r.replaced().size(); i++) {
                Path to = r.moved().isEmpty() ? null : r.moved().get(i);
                j.startObject().field("file", relative(r.replaced().get(i)))
                        .field("movedTo", to == null ? null : relative(to)).endObject();
            }
            j.endArray().field("tables", r.tables()).field("rows", r.rows()).strings("warnings", r.warnings())
                    .field("content", dryRun ? r.content() : null).endObject();
        }
    }
}
