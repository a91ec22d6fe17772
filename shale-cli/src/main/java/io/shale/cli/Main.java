package io.shale.cli;

import io.shale.embedded.StartProgress;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of the {@code shale} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Hibernate (JPA models) logs through jboss-logging: route it to slf4j, which simplelogger.properties quiets.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        // The embedded servers' slow steps (unpacking, initdb, start) as lines of our own, like the launcher's.
        StartProgress.useForProcess(step -> System.err.println("shale: " + step));
        System.exit(run(args, Path.of("").toAbsolutePath(), System.getenv(),
                new PrintWriter(System.out, true), new PrintWriter(System.err, true), new Terminal.System()));
    }

    /**
     * Runs one command in-process; what the tests call.
     *
     * @return the exit code, as documented in {@link ExitCodes}
     */
    public static int run(String[] args, Path workingDirectory, Map<String, String> environment, PrintWriter out,
                          PrintWriter err, Terminal terminal) {
        CliEnvironment env = new CliEnvironment(workingDirectory, environment, out, err, terminal);
        CommandLine cli = new CommandLine(new ShaleCommand(), new CommandFactory(env));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        withHelp(cli);
        boolean json = jsonRequested(args);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ShaleException se) {
                if (json) {
                    ErrorPrinter.printJson(out, se);
                } else {
                    ErrorPrinter.print(err, se);
                }
                return ExitCodes.of(se.code().category());
            }
            if (json) {
                ErrorPrinter.printJson(out, ErrorCode.INTERNAL.name(), "internal error in Shale: " + ex,
                        "please report it with the stack trace printed on stderr", ExitCodes.INTERNAL);
            } else {
                err.println("error: internal error in Shale: " + ex);
            }
            ex.printStackTrace(err);
            return ExitCodes.INTERNAL;
        });
        cli.setParameterExceptionHandler((ex, a) -> {
            String hint = "run `shale " + commandPath(ex.getCommandLine()) + "--help` for the options";
            if (json) {
                ErrorPrinter.printJson(out, ErrorCode.USAGE.name(), ex.getMessage(), hint, ExitCodes.USAGE);
                return ExitCodes.USAGE;
            }
            err.println("error: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("  hint: " + hint);
            return ExitCodes.USAGE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Whether the user asked for JSON: {@code --json} among the arguments before {@code --}. Read from the raw
     * arguments so that a usage error, which may stop parsing before {@code --json} is reached, is JSON too.
     */
    private static boolean jsonRequested(String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("--json")) {
                return true;
            }
        }
        return false;
    }

    /** {@code --help} (and {@code --version}) on every subcommand, as the usage-error hint promises. */
    private static void withHelp(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (!sub.getCommandSpec().mixinStandardHelpOptions()) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
            }
            withHelp(sub);
        }
    }

    private static String commandPath(CommandLine commandLine) {
        StringBuilder sb = new StringBuilder();
        CommandLine c = commandLine;
        while (c != null && c.getParent() != null) {
            sb.insert(0, c.getCommandName() + " ");
            c = c.getParent();
        }
        return sb.toString();
    }
}
