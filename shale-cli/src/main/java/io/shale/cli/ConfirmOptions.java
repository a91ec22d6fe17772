package io.shale.cli;

import io.shale.command.Confirmation;
import picocli.CommandLine.Option;

/** The flags every destructive command takes. */
public final class ConfirmOptions {
    @Option(names = "--yes", description = "Do not ask; go ahead where the environment is not protected.")
    public boolean yes;

    @Option(names = "--confirm", paramLabel = "DATABASE", description = "The target database's name, typed to confirm.")
    String confirm;

    @Option(names = "--allow-protected", description = "Allow a protected environment (needs --confirm DATABASE).")
    boolean allowProtected;

    /**
     * The confirmation to pass to the command. Without {@code --yes} or {@code --confirm}, a person at
     * a terminal is shown the target and asked to type the database name.
     */
    public Confirmation resolve(Terminal terminal, java.io.PrintWriter out, String database, String target, String what) {
        if (yes || confirm != null || !terminal.interactive()) {
            return new Confirmation(yes, confirm, allowProtected);
        }
        out.println("About to " + what + " " + target + ".");
        out.flush();
        String typed = terminal.ask("Type the database name (" + database + ") to go ahead: ");
        return new Confirmation(false, typed == null ? null : typed.trim(), allowProtected);
    }
}
