package io.shale.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** What the process gives a command: where it runs, its environment, its streams and its terminal. */
public record CliEnvironment(Path workingDirectory, Map<String, String> variables, PrintWriter out, PrintWriter err,
                             Terminal terminal) {
}
