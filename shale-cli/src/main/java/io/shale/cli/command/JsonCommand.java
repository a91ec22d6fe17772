package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ConfirmOptions;
import io.shale.cli.Terminal;
import io.shale.cli.output.Json;
import io.shale.cli.output.ProgressListener;
import io.shale.run.Confirmation;
import io.shale.run.MigrationContext;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.dialect.DatabaseIdentity;
import io.shale.migration.Migration;
import io.shale.migration.MigrationFileName;
import io.shale.migration.MigrationSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * A command that changes something and can report it as one JSON document. With {@code --json},
 * stdout holds exactly that document: progress and the named target go to stderr, and nobody is
 * asked anything, so a destructive command needs {@code --yes} or {@code --confirm DATABASE} as in
 * any script.
 */
abstract class JsonCommand extends BaseCommand {
    @Option(names = "--json", description = {"Print one JSON document on stdout (shape in docs/cli-json.md);",
            "progress goes to stderr and nothing is asked."})
    boolean json;

    JsonCommand(CliEnvironment env) {
        super(env);
    }

    /** Where lines for a person go: stdout, or stderr under {@code --json}. */
    PrintWriter say() {
        return json ? env.err() : out();
    }

    /** The terminal to ask on; under {@code --json} there is none. */
    Terminal terminal() {
        return json ? Terminal.NONE : env.terminal();
    }

    ProgressListener progress() {
        return new ProgressListener(say(), terminal().interactive());
    }

    /** The target database, as one connection identifies it (no history is read). */
    static DatabaseIdentity identity(Shale shale) {
        return shale.withContext(MigrationContext::identity);
    }

    /** Names the target and, on a terminal, asks for the database name. */
    Confirmation confirmation(ConfirmOptions confirm, DatabaseIdentity database, String target, String what) {
        return confirm.resolve(terminal(), say(), database.database(), target, what);
    }

    /** How a destructive command names its target: the database and the configured environment. */
    static String target(DatabaseIdentity database, String environment) {
        return database.describe() + " (environment " + environment + ")";
    }

    /** A path as the user would write it, relative to the working directory where possible. */
    String relative(Path p) {
        try {
            return env.workingDirectory().relativize(p.toAbsolutePath()).toString();
        } catch (IllegalArgumentException e) {
            return p.toString();
        }
    }

    /** Applied or reverted migrations: version, name, script, execution time. */
    static void writeMigrations(Json j, String field, List<UpgradeCommand.Applied> list, MigrationSet files) {
        j.startArray(field);
        for (UpgradeCommand.Applied a : list) {
            String name = files.find(a.version()).map(Migration::description)
                    .or(() -> MigrationFileName.parse(a.script()).map(MigrationFileName::slug)).orElse(a.script());
            j.startObject().field("version", a.version()).field("name", name).field("script", a.script())
                    .field("executionMs", a.executionMs()).endObject();
        }
        j.endArray();
    }
}
