package io.shale.cli.command;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.output.Json;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.MigrationWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;

@Command(name = "init", description = "Create shale.yaml, db/migrations (with shale.sum) and db/seeds in the project folder.")
public final class InitCli extends JsonCommand {
    static final String TEMPLATE = """
            # Shale configuration: every key is optional. See docs/configuration.md.
            # With no database: section, Shale runs an embedded PostgreSQL (data in .shale/postgres).
            # database:
            #   url: jdbc:postgresql://localhost:5432/${POSTGRES_DB}
            #   user: ${POSTGRES_USER}
            #   password: ${POSTGRES_PASSWORD:-}
            migrations: db/migrations
            environment: ${SHALE_ENV:-development}
            protected-environments: [production]
            """;

    public InitCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        var options = options();
        Path dir = options.directory == null ? env.workingDirectory()
                : env.workingDirectory().resolve(options.directory).normalize();
        Path config = dir.resolve("shale.yaml");
        if (Files.exists(config)) {
            throw new ShaleException(ErrorCode.INIT_ALREADY_DONE, config + " exists already; nothing was changed",
                    "edit it, or run `shale init` in an empty folder");
        }
        try {
            Files.createDirectories(dir.resolve("db/migrations"));
            Files.createDirectories(dir.resolve("db/seeds"));
            Files.writeString(config, TEMPLATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MigrationWriter.rehash(dir.resolve("db/migrations"));
        if (json) {
            try (Json j = new Json(out())) {
                j.startObject().field("config", relative(config)).field("migrations", relative(dir.resolve("db/migrations")))
                        .field("sumFile", relative(dir.resolve("db/migrations/shale.sum")))
                        .field("seeds", relative(dir.resolve("db/seeds"))).endObject();
            }
            return ExitCodes.OK;
        }
        out().println("Created " + config + ", db/migrations/shale.sum and db/seeds/.");
        out().println("Next: `shale new -m \"create users\"`, write the SQL, then `shale upgrade`.");
        return ExitCodes.OK;
    }
}
