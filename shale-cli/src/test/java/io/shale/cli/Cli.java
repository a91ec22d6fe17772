package io.shale.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in-process, as a user would from {@code dir}, capturing both streams. */
final class Cli {
    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private final Path dir;
    private final Map<String, String> env = new HashMap<>();

    Cli(Path dir) {
        this.dir = dir;
    }

    Cli env(String key, String value) {
        env.put(key, value);
        return this;
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, dir, env, new PrintWriter(out, true), new PrintWriter(err, true), Terminal.NONE);
        return new Run(exit, out.toString(), err.toString());
    }
}
