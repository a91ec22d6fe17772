package io.shale.cli.command;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.command.safety.VerifyCommand;
import io.shale.command.safety.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", description = {
        "Prove that the migrations work on a database that holds data.",
        "In a throw-away scratch database, before each migration every table is filled with generated rows",
        "(edge values included); then its up, its down (which must restore the schema exactly) and its up again run.",
        "Exit 0 when all pass, 1 at the first migration that fails; your own database is never touched."})
public final class VerifyCli extends BaseCommand {
    @Option(names = "--from", paramLabel = "N", description = "Start with migration N; earlier ones run without data (default 1).")
    int from = VerifyCommand.Options.DEFAULTS.from();

    @Option(names = "--rows", paramLabel = "K", description = "Generated rows per table before each migration (default 20).")
    int rows = VerifyCommand.Options.DEFAULTS.rows();

    public VerifyCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Project project = Project.load(env, options())) {
            VerifyCommand command = new VerifyCommand(project.dialect(), project.scratch(), project.migrations(),
                    project.skippedTables());
            VerifyCommand.Result r = command.run(new VerifyCommand.Options(from, rows));
            VerifyReport.lines(r).forEach(out()::println);
            return r.ok() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
    }
}
