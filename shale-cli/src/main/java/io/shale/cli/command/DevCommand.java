package io.shale.cli.command;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.config.ShaleConfig;
import io.shale.embedded.DevServer;
import io.shale.embedded.DevServerStatus;
import io.shale.embedded.EmbeddedPostgresServer;
import io.shale.embedded.EmbeddedStartException;
import io.shale.embedded.MariaDbDevServer;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code shale dev start|stop|status}: keep the embedded PostgreSQL, or MariaDB, running for an application. */
@Command(name = "dev", description = "Keep the embedded PostgreSQL (or MariaDB, with embedded.engine: mariadb) running for an application: start, stop, status.",
        subcommands = {DevCommand.Start.class, DevCommand.Stop.class, DevCommand.Status.class})
public final class DevCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing a subcommand: start, stop or status");
    }

    /** Shared by the three subcommands: they find the project through the grandparent's options. */
    abstract static class DevBase extends JsonCommand {
        DevBase(CliEnvironment env) {
            super(env);
        }

        Path dataDir() {
            try (Project project = Project.load(env, options())) {
                return project.config().embeddedDataDir();
            }
        }

        /** Whether the project's embedded engine is MariaDB ({@code embedded.engine: mariadb}). */
        boolean mariaDb() {
            try (Project project = Project.load(env, options())) {
                return ShaleConfig.ENGINE_MARIADB.equals(project.config().embeddedEngine());
            }
        }

        DevServerStatus status(Path dir) {
            return mariaDb() ? MariaDbDevServer.status(dir) : DevServer.status(dir);
        }

        /** Under {@code --json}: {@code running}, {@code dataDirectory}, and when running pid, port, jdbcUrl, user. */
        void writeJson(DevServerStatus s, Boolean stopped) {
            try (Json j = new Json(out())) {
                j.startObject().field("running", s.running()).field("dataDirectory", relative(s.dataDirectory()));
                if (s.running()) {
                    j.field("pid", s.pid()).field("port", s.port()).field("jdbcUrl", s.jdbcUrl(DATABASE))
                            .field("user", s.user());
                }
                if (stopped != null) {
                    j.field("stopped", stopped);
                }
                j.endObject();
            }
        }

        void describe(DevServerStatus s) {
            out().println("Embedded " + s.engine() + " running (pid " + s.pid() + ", port " + s.port() + ", data in "
                    + s.dataDirectory() + ")");
            out().println("JDBC URL: " + s.jdbcUrl(DATABASE));
            out().println("User:     " + s.user() + " (no password)");
        }
    }

    static final String DATABASE = "shale";

    @Command(name = "start", description = "Start the embedded PostgreSQL (or MariaDB) in the background and print its JDBC URL.")
    public static final class Start extends DevBase {
        private static final String START_HINT =
                "`shale dev status` shows whether one is running; pick another --port if the port is taken";

        @Option(names = "--port", description = "The port to listen on (default: the port of the previous `dev start`"
                + " in this project if free, else any free port; the port is recorded in .shale/).")
        Integer port;

        public Start(CliEnvironment env) {
            super(env);
        }

        @Override
        public Integer call() {
            Path dir = dataDir();
            boolean mariaDb = mariaDb();
            DevServerStatus s;
            try {
                s = mariaDb ? MariaDbDevServer.start(dir, port == null ? 0 : port, this::progress)
                        : DevServer.start(dir, port == null ? 0 : port, this::progress);
            } catch (EmbeddedStartException e) {
                throw new ShaleException(ErrorCode.EMBEDDED_START_FAILED, "Could not start the embedded "
                        + (mariaDb ? "MariaDB" : "PostgreSQL") + " in " + dir + ": " + e.problem(),
                        e.hint() != null ? e.hint() : START_HINT, e);
            } catch (RuntimeException e) {
                throw new ShaleException(ErrorCode.EMBEDDED_START_FAILED, "Could not start the embedded "
                        + (mariaDb ? "MariaDB" : "PostgreSQL") + " in " + dir + ": " + e.getMessage(), START_HINT, e);
            }
            if (mariaDb) {
                createMariaDbDatabase(s);
            } else {
                try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, 0)) {
                    if (!server.databaseExists(DATABASE)) {
                        server.createDatabase(DATABASE);
                    }
                }
            }
            if (json) {
                writeJson(s, null);
                return ExitCodes.OK;
            }
            describe(s);
            out().println("Stop it with `shale dev stop`.");
            return ExitCodes.OK;
        }

        private static void createMariaDbDatabase(DevServerStatus s) {
            try {
                MariaDbDevServer.ensureDatabase(s, DATABASE);
            } catch (EmbeddedStartException e) {
                throw new ShaleException(ErrorCode.EMBEDDED_START_FAILED, e.problem(), e.hint(), e);
            }
        }

        /** The server's slow steps (unpacking, initdb, start) as they begin, on stderr even without --json. */
        private void progress(String step) {
            env.err().println("shale: " + step);
            env.err().flush();
        }
    }

    @Command(name = "stop", description = "Stop the embedded server started by `shale dev start`.")
    public static final class Stop extends DevBase {
        public Stop(CliEnvironment env) {
            super(env);
        }

        @Override
        public Integer call() {
            Path dir = dataDir();
            boolean mariaDb = mariaDb();
            boolean stopped = mariaDb ? MariaDbDevServer.stop(dir) : DevServer.stop(dir);
            if (json) {
                writeJson(status(dir), stopped);
                return ExitCodes.OK;
            }
            String engine = mariaDb ? "MariaDB" : "PostgreSQL";
            out().println(stopped ? "Stopped the embedded " + engine + " in " + dir + "."
                    : "No embedded " + engine + " was running in " + dir + ".");
            return ExitCodes.OK;
        }
    }

    @Command(name = "status", description = "Say whether the embedded server is running, and its JDBC URL.")
    public static final class Status extends DevBase {
        @Option(names = "--exit-code", description = "Exit 1 when it is not running.")
        boolean exitCode;

        public Status(CliEnvironment env) {
            super(env);
        }

        @Override
        public Integer call() {
            DevServerStatus s = status(dataDir());
            if (json) {
                writeJson(s, null);
                return exitCode && !s.running() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
            }
            if (s.running()) {
                describe(s);
                return ExitCodes.OK;
            }
            out().println("Not running (data in " + s.dataDirectory() + "). Start it with `shale dev start`.");
            return exitCode ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
        }
    }
}
