package io.shale.cli.command;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.command.LintCommand;
import io.shale.command.MigrationListener;
import io.shale.lint.LintFormat;
import io.shale.command.ValidateCommand;
import io.shale.command.generate.DriftCommand;
import io.shale.command.generate.SchemaSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", description = {
        "The CI gate: files, numbering, shale.sum and lint errors; with --drift, models against migrations",
        "(and, with --database, the live database against what its applied migrations build, and the applied",
        "checksums). Exit 1 on any problem."})
public final class CheckCli extends BaseCommand {
    @Option(names = "--drift", description = "Compare the models with the migrations (needs models: in shale.yaml).")
    boolean drift;

    @Option(names = "--no-lint", description = "Skip the lint rules.")
    boolean noLint;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Lint findings as text, json or github (annotations).")
    String format;

    @Option(names = "--database", description = "Also check the configured database: applied checksums, and with --drift hand-made changes.")
    boolean database;

    public CheckCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Project project = Project.load(env, options())) {
            boolean ok = true;
            ValidateCommand.Result files = database ? project.shale(MigrationListener.NONE).validate()
                    : new ValidateCommand(project.migrations(), null).run();
            for (ValidateCommand.Problem p : files.problems()) {
                out().println(p.severity().name().toLowerCase() + ": " + p.message()
                        + (p.hint() == null ? "" : "\n  hint: " + p.hint()));
            }
            ok &= files.ok();
            if (!noLint) {
                LintFormat lintFormat = LintCli.format(format);
                LintCommand.Result lint = new LintCommand(project.dialect(), project.scratch(), project.migrations(),
                        project.skippedTables()).run(new LintCommand.Options(java.util.List.of(), java.util.Set.of()));
                if (!lint.findings().isEmpty()) {
                    out().print(lintFormat.render(lint.findings(),
                            p -> env.workingDirectory().relativize(p.toAbsolutePath()).toString()));
                }
                out().println("lint: " + lint.errors() + " error(s), " + lint.warnings() + " warning(s) in "
                        + lint.linted().size() + " file(s)");
                ok &= lint.errors() == 0;
            }
            if (drift) {
                SchemaSource.Database live = null;
                int applied = 0;
                if (database) {
                    var shale = project.shale(MigrationListener.NONE);
                    applied = shale.status().currentVersion();
                    live = new SchemaSource.Database(project.dataSource(), "the configured database");
                }
                boolean hasModels = project.config().extensions().containsKey("models");
                DriftCommand.Result r = new DriftCommand(project.dialect(), project.scratch(), project.migrations(),
                        project.skippedTables()).run(new DriftCommand.Options(hasModels ? project.models() : null, live,
                        applied));
                r.warnings().forEach(w -> out().println("warning: " + w));
                if (!r.modelsDrift().isEmpty()) {
                    out().println("drift: the models differ from what the migrations build; `shale generate -m ...` "
                            + "would write:");
                    r.modelsDrift().forEach(s -> out().println("    " + s));
                }
                if (!r.databaseDrift().isEmpty()) {
                    out().println("drift: the database differs from what its applied migrations build (hand-made "
                            + "changes?); this would undo them:");
                    r.databaseDrift().forEach(s -> out().println("    " + s));
                }
                ok &= !r.drifted();
            }
            out().println(ok ? "check passed" : "check failed");
            return ok ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
    }
}
