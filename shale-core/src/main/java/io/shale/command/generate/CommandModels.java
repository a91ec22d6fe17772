package io.shale.command.generate;

import io.shale.config.ModelsSettings;
import io.shale.dialect.ClientAccess;
import io.shale.dialect.DatabaseLogin;
import io.shale.dialect.Dialect;
import io.shale.dialect.JdbcUrls;
import io.shale.dialect.ScratchDatabase;
import io.shale.error.ErrorCode;
import io.shale.error.Redaction;
import io.shale.error.ShaleException;
import io.shale.process.ShellCommand;
import io.shale.schema.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code models: { command: ... }}: any ORM or framework builds the desired schema. Shale makes an
 * empty scratch database of the managed engine, runs the command in the project folder with that
 * database's address in its environment ({@link #variables}), and inspects what the command built,
 * as it does for a schema file.
 */
public final class CommandModels implements ModelSource {
    /** How many of the command's last output lines a failure shows. */
    public static final int SHOWN_LINES = 20;

    private final Dialect dialect;
    private final ModelsSettings.Command command;

    public CommandModels(Dialect dialect, ModelsSettings.Command command) {
        this.dialect = dialect;
        this.command = command;
    }

    /**
     * @throws ShaleException CONFIG_BAD_VALUE when the folder is missing or the engine's scratch databases
     *                        cannot be reached by another program; MODELS_COMMAND_FAILED when the command
     *                        cannot start, exits with a code other than 0, runs past its timeout, or builds no
 *                        table (a sign that it used another database than the one it was given)
     */
    @Override
    public Catalog catalog(CatalogSources sources) {
        if (!Files.isDirectory(command.directory())) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "models.directory " + command.directory()
                    + " is not a folder", "create it, or set models.directory to the folder the command runs in");
        }
        String[] where = new String[1];
        Catalog catalog = sources.fromScratch("models", db -> {
            where[0] = db.description();
            run(db);
        });
        if (catalog.tables().isEmpty()) {
            throw new ShaleException(ErrorCode.MODELS_COMMAND_FAILED, "models.command `" + command.line()
                    + "` exited with 0 but built no table in the scratch database " + where[0],
                    "make the command create its tables in the database that DATABASE_URL (or SHALE_SCRATCH_URL, "
                            + "SHALE_SCRATCH_JDBC_URL, the PG*/MYSQL_* variables) names, not in the one its own "
                            + "configuration or .env names");
        }
        return catalog;
    }

    private void run(ScratchDatabase db) {
        DatabaseLogin login = db.login().orElse(null);
        ClientAccess access = login == null ? null : dialect.clientAccess(login).orElse(null);
        if (access == null) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "models.command needs a scratch database that "
                    + "another program can reach, and " + dialect.displayName() + " scratch databases ("
                    + db.description() + ") live inside Shale",
                    "state the models as SQL (`models: { schema: db/schema.sql }`) or, for a server engine, "
                            + "configure `scratch: { url: ... }`");
        }
        ShellCommand.Outcome outcome;
        try {
            outcome = new ShellCommand(command.line(), command.directory(), variables(login, access),
                    command.timeout(), SHOWN_LINES).run();
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MODELS_COMMAND_FAILED, "models.command `" + command.line()
                    + "` could not be started in " + command.directory() + ": " + e.getMessage(),
                    "check that the folder exists and the system shell can run the command", e);
        }
        if (outcome.succeeded()) {
            return;
        }
        String secret = login.password();
        String what = outcome.timedOut()
                ? "did not finish within " + seconds() + " and was stopped (with every process it started)"
                : "failed with exit code " + outcome.exitCode();
        StringBuilder message = new StringBuilder("models.command `" + command.line() + "` " + what + ", in "
                + command.directory() + " against the scratch database " + db.description());
        if (outcome.lastLines().isEmpty()) {
            message.append("; it wrote no output");
        } else {
            message.append("; the last ").append(outcome.lastLines().size()).append(" lines of its output:");
            outcome.lastLines().forEach(l -> message.append("\n  | ").append(Redaction.secret(l, secret)));
        }
        String hint = outcome.timedOut()
                ? "raise models.timeout (now " + seconds() + ") if the command needs longer, and make sure it "
                + "does not wait for input or start a server that keeps running"
                : "run the command yourself with DATABASE_URL (or SHALE_SCRATCH_URL) naming an empty database "
                + "and fix what it reports; it must create the schema there and exit with 0";
        throw new ShaleException(ErrorCode.MODELS_COMMAND_FAILED, message.toString(), hint);
    }

    private String seconds() {
        return command.timeout().toMillis() % 1000 == 0 ? command.timeout().toSeconds() + "s"
                : command.timeout().toMillis() + "ms";
    }

    /**
     * The variables the command finds the scratch database in: {@code SHALE_SCRATCH_JDBC_URL} (with the
     * credentials as options), {@code SHALE_SCRATCH_USER}, {@code SHALE_SCRATCH_PASSWORD},
     * {@code SHALE_SCRATCH_URL} and {@code DATABASE_URL} (the engine's client URL), and the engine's own
     * client variables.
     */
    public static Map<String, String> variables(DatabaseLogin login, ClientAccess access) {
        Map<String, String> out = new LinkedHashMap<>();
        String jdbcUrl = JdbcUrls.withOption(JdbcUrls.withOption(login.jdbcUrl(), "user", login.user()),
                "password", login.password());
        out.put("SHALE_SCRATCH_JDBC_URL", jdbcUrl);
        if (login.user() != null) {
            out.put("SHALE_SCRATCH_USER", login.user());
        }
        if (login.password() != null) {
            out.put("SHALE_SCRATCH_PASSWORD", login.password());
        }
        out.put("SHALE_SCRATCH_URL", access.url());
        out.put("DATABASE_URL", access.url());
        out.putAll(access.variables());
        return out;
    }
}
