package io.shale.cli;

import io.shale.fleet.FleetConfirmation;
import io.shale.run.Confirmation;
import java.util.Arrays;
import java.util.Set;
import picocli.CommandLine.Option;

/** The flags every destructive command takes. */
public final class ConfirmOptions {
    @Option(names = "--yes", description = "Do not ask; go ahead where the environment is not protected.")
    public boolean yes;

    @Option(names = "--confirm", paramLabel = "DATABASE", description = {"The target database's name, typed to confirm;",
            "with --target, the names of the targets confirmed (comma-separated)."})
    String confirm;

    @Option(names = "--allow-protected", description = "Allow a protected environment (needs --confirm DATABASE).")
    boolean allowProtected;

    /**
     * The confirmation to pass to the command. The target is always named first; without {@code --yes}
     * or {@code --confirm}, a person at a terminal is asked to type the database name.
     */
    public Confirmation resolve(Terminal terminal, java.io.PrintWriter out, String database, String target, String what) {
        out.println("About to " + what + " " + target + ".");
        out.flush();
        if (yes || confirm != null || !terminal.interactive()) {
            return new Confirmation(yes, confirm, allowProtected);
        }
        String typed = terminal.ask("Type the database name (" + database + ") to go ahead: ");
        return new Confirmation(false, typed == null ? null : typed.trim(), allowProtected);
    }

    /** For a fleet: {@code --confirm} names targets (comma-separated), each confirming only itself. */
    public FleetConfirmation forFleet() {
        return new FleetConfirmation(yes, confirm == null ? Set.of()
                : Set.copyOf(Arrays.stream(confirm.split(",")).map(String::strip).toList()), allowProtected);
    }
}
