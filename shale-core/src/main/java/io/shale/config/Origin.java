package io.shale.config;

/**
 * Where a configuration value came from, so that every message can name it.
 *
 * @param kind   the file, an environment variable, a command-line override or the built-in default
 * @param source the file as shown to the user, the variable name, or the overridden key path
 * @param line   1-based line in the file; 0 when not from a file
 */
record Origin(Kind kind, String source, int line) {
    enum Kind { FILE, ENVIRONMENT, OVERRIDE, DEFAULT }

    static Origin file(String file, int line) {
        return new Origin(Kind.FILE, file, line);
    }

    static Origin environment(String variable) {
        return new Origin(Kind.ENVIRONMENT, variable, 0);
    }

    static Origin override(String keyPath) {
        return new Origin(Kind.OVERRIDE, keyPath, 0);
    }

    static Origin defaultOf(String keyPath) {
        return new Origin(Kind.DEFAULT, keyPath, 0);
    }

    /** {@code ${VAR}} references are resolved only in values written in the file. */
    boolean interpolates() {
        return kind == Kind.FILE;
    }

    /** The prefix of every message about this value: {@code shale.yaml:12}, {@code environment variable X}. */
    String describe() {
        return switch (kind) {
            case FILE -> line > 0 ? source + ":" + line : source;
            case ENVIRONMENT -> "environment variable " + source;
            case OVERRIDE -> "command-line override of `" + source + "`";
            case DEFAULT -> "default of `" + source + "`";
        };
    }
}
