package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.command.adopt.ImportCommand;
import io.shale.command.alembic.AlembicImportCommand;
import io.shale.migration.imports.ImportPlan;
import io.shale.migration.imports.ImportWriter;
import io.shale.migration.imports.SourceTool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {
        "Convert another tool's migration folder into Shale files, statements kept as written.",
        "Reports what could not be converted. See docs/migrating-from.md."})
public final class ImportCli extends JsonCommand {
    @Option(names = "--from", required = true, paramLabel = "TOOL",
            description = "flyway, liquibase, golang-migrate, dbmate, diesel, prisma or alembic.")
    String from;

    @Parameters(paramLabel = "DIR", description = "The other tool's migrations folder (alembic: the folder with env.py).")
    Path source;

    @Option(names = "--dry-run", description = "Name the files and print the report; write nothing.")
    boolean dryRun;

    @Option(names = "--force", description = "Write into a migrations folder that already holds files, numbering after them.")
    boolean force;

    @Option(names = "--python", paramLabel = "PATH",
            description = "alembic: the Python that has alembic and sqlalchemy (default: python3 on the PATH).")
    Path python;

    @Option(names = "--url-variable", paramLabel = "NAME", description = {"alembic: an environment variable env.py "
            + "reads the database URL from (repeatable);", "Shale sets it, like DATABASE_URL, to the database it hands over."})
    List<String> urlVariables = new ArrayList<>();

    public ImportCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        SourceTool tool = SourceTool.of(from);
        try (Project project = Project.load(env, options())) {
            Path dir = env.workingDirectory().resolve(source);
            ImportCommand.Result r = tool == SourceTool.ALEMBIC
                    ? Shale.of(project.workspace()).importAlembic(new AlembicImportCommand.Options(dir,
                            project.config().migrations(), python, dryRun, force, urlVariables))
                    : new ImportCommand().run(new ImportCommand.Options(tool, dir, project.config().migrations(),
                            dryRun, force));
            if (json) {
                r.warnings().forEach(w -> env.err().println("WARNING: " + w));
                writeJson(r, tool, dir, project);
                return ExitCodes.OK;
            }
            for (ImportWriter.Planned f : r.files()) {
                out().println((dryRun ? "would write " : "wrote ") + f.fileName() + "  <-  " + f.migration().source()
                        + (f.migration().transactional() ? "" : "  (no-transaction)")
                        + (f.migration().down() == null ? "  (no down section)" : "")
                        + (f.migration().review() == null ? "" : "  (review: captured on a scratch database)"));
            }
            for (String w : r.warnings()) {
                env.err().println("WARNING: " + w);
            }
            if (!r.skipped().isEmpty()) {
                out().println("Not converted (" + r.skipped().size() + "):");
                for (ImportPlan.Skipped s : r.skipped()) {
                    out().println("  " + s.source() + ": " + s.reason() + ". To do: " + s.todo());
                }
            }
            out().println((dryRun ? "Would import " : "Imported ") + r.files().size() + " " + tool.cliName()
                    + " migration(s) into " + project.migrationsLabel()
                    + (dryRun ? "." : "; shale.sum updated. Review the files, then `shale adopt` existing databases."));
            return ExitCodes.OK;
        }
    }

    private void writeJson(ImportCommand.Result r, SourceTool tool, Path dir, Project project) {
        try (Json j = new Json(out())) {
            j.startObject().field("tool", tool.cliName()).field("source", relative(dir))
                    .field("migrations", project.migrationsLabel()).field("dryRun", dryRun)
                    .field("written", r.written()).startArray("files");
            for (ImportWriter.Planned f : r.files()) {
                j.startObject().field("file", f.fileName()).field("source", f.migration().source())
                        .field("originalId", f.migration().originalId())
                        .field("transactional", f.migration().transactional())
                        .field("hasDown", f.migration().down() != null)
                        .field("review", f.migration().review()).endObject();
            }
            j.endArray().startArray("skipped");
            for (ImportPlan.Skipped s : r.skipped()) {
                j.startObject().field("source", s.source()).field("reason", s.reason()).field("todo", s.todo())
                        .endObject();
            }
            j.endArray().strings("warnings", r.warnings()).endObject();
        }
    }
}
