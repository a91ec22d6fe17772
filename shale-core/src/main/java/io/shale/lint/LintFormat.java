package io.shale.lint;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The three output formats of lint findings. {@code name} turns a finding's file into the path
 * printed (the CLI passes one relative to the working directory). The JSON shape is documented in
 * docs/lint.md and only grows.
 */
public enum LintFormat {
    /** {@code file:line: CODE severity: message} then {@code   hint: ...}. */
    TEXT,
    /** {@code {"findings":[{"code","severity","message","file","line","hint"}], "errors":N, "warnings":N}}. */
    JSON,
    /** GitHub Actions workflow commands: {@code ::error file=...,line=...,title=CODE::message}. */
    GITHUB;

    public String render(List<Finding> findings, Function<Path, String> name) {
        StringBuilder sb = new StringBuilder();
        switch (this) {
            case TEXT -> {
                for (Finding f : findings) {
                    sb.append(name.apply(f.file())).append(':').append(f.line()).append(": ").append(f.code())
                            .append(' ').append(f.severity().label()).append(": ").append(f.message()).append('\n')
                            .append("  hint: ").append(f.hint()).append('\n');
                }
            }
            case JSON -> {
                sb.append("{\n  \"findings\": [");
                for (int i = 0; i < findings.size(); i++) {
                    Finding f = findings.get(i);
                    sb.append(i == 0 ? "\n" : ",\n").append("    {\"code\": ").append(quote(f.code()))
                            .append(", \"severity\": ").append(quote(f.severity().label()))
                            .append(", \"file\": ").append(quote(name.apply(f.file())))
                            .append(", \"line\": ").append(f.line())
                            .append(", \"message\": ").append(quote(f.message()))
                            .append(", \"hint\": ").append(quote(f.hint())).append('}');
                }
                long errors = findings.stream().filter(Finding::isError).count();
                sb.append(findings.isEmpty() ? "],\n" : "\n  ],\n")
                        .append("  \"errors\": ").append(errors).append(",\n")
                        .append("  \"warnings\": ").append(findings.size() - errors).append("\n}\n");
            }
            case GITHUB -> {
                for (Finding f : findings) {
                    sb.append("::").append(f.severity().label()).append(" file=")
                            .append(property(name.apply(f.file()))).append(",line=").append(f.line())
                            .append(",title=").append(f.code()).append("::")
                            .append(data(f.message() + "\nhint: " + f.hint())).append('\n');
                }
            }
            default -> throw new IllegalStateException(name());
        }
        return sb.toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Escapes the message part of a workflow command, as GitHub's toolkit does. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value of a workflow command. */
    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
