package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.migration.MigrationFileName;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "new", description = "Write the next-numbered migration file (empty up and down sections) and update shale.sum.")
public final class NewCli extends JsonCommand {
    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MESSAGE", description = "What the migration does, e.g. \"add email\".")
    String message;

    public NewCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Project project = Project.load(env, options())) {
            Path file = Shale.of(project.workspace()).newMigration(message);
            if (json) {
                try (Json j = new Json(out())) {
                    j.startObject().field("file", relative(file));
                    MigrationFileName.parse(file.getFileName().toString()).ifPresentOrElse(
                            n -> j.field("version", n.version()).field("name", n.slug()),
                            () -> j.nullField("version").nullField("name"));
                    j.endObject();
                }
                return ExitCodes.OK;
            }
            out().println("Created " + env.workingDirectory().relativize(file.toAbsolutePath()));
            return ExitCodes.OK;
        }
    }
}
