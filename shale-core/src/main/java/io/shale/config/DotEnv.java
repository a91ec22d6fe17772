package io.shale.config;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} file the way python-dotenv does, so that the file a Flask project already has
 * works unchanged: {@code KEY=VALUE} bindings with an optional {@code export } prefix, {@code #}
 * comments, blank lines, bare {@code KEY} lines (declared without a value: unset), single- and
 * double-quoted values that may span lines ({@code \\} and {@code \'} are escapes in single quotes;
 * {@code \n}, {@code \t}, {@code \r}, {@code \"}, {@code \\} and the other C escapes in double
 * quotes), unquoted values trimmed and cut at a {@code #} preceded by whitespace, and {@code ${X}} /
 * {@code ${X:-default}} expanded in every value from the process environment first, then the
 * bindings above (an unset {@code X} without default becomes empty). A later binding wins.
 *
 * <p>A statement python-dotenv could not parse either (an unclosed quote, text after a closing
 * quote, a line starting with {@code =}) is skipped and remembered as a {@link Problem} with its
 * line; {@link Variables} reports it only when a variable shale.yaml needs is not found, since it
 * may be the one the broken line meant to set. Messages never quote a value: it may be a password.
 */
final class DotEnv {
    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final String HINT = "write each binding as KEY=VALUE (optionally `export KEY=VALUE`); quote values "
            + "with '...' or \"...\" (both may span lines) and close every quote; start comments with #";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]*)(?::-([^}]*))?}");

    /** A statement that could not be read: its first line (1-based) and what was wrong. */
    record Problem(int line, String problem) {
    }

    /**
     * @param values   the variables with a value, expanded
     * @param problems the statements skipped, in file order
     */
    record Contents(Map<String, String> values, List<Problem> problems) {
        Contents {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            problems = List.copyOf(problems);
        }

        static Contents empty() {
            return new Contents(Map.of(), List.of());
        }
    }

    private DotEnv() {
    }

    /**
     * The variables in {@code file}; {@code shownAs} names the file in messages.
     *
     * @param environment the process environment, which wins over the file inside {@code ${X}}
     */
    static Contents read(Path file, String shownAs, Map<String, String> environment) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), environment);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.CONFIG_UNREADABLE, shownAs + ": cannot read the .env file: "
                    + e.getClass().getSimpleName(), "check that the file is readable UTF-8 text", e);
        }
    }

    /** Test seam: the lines of a file without an environment. */
    static Contents parse(List<String> lines) {
        return parse(String.join("\n", lines), Map.of());
    }

    static Contents parse(String text, Map<String, String> environment) {
        Reader r = new Reader(text.startsWith("\uFEFF") ? text.substring(1) : text);
        Map<String, String> values = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        while (true) {
            r.skipBlank();
            if (r.done()) {
                break;
            }
            int line = r.line();
            try {
                binding(r, values, environment);
            } catch (Unreadable e) {
                problems.add(new Problem(line, e.getMessage()));
                r.skipRestOfLine();
            }
        }
        return new Contents(values, problems);
    }

    private static void binding(Reader r, Map<String, String> values, Map<String, String> environment) {
        if (r.lookingAt("export") && r.at(6) != '\n' && Character.isWhitespace(r.at(6))) {
            r.advance(6);
            r.skipSpaces();
        }
        if (r.peek() == '#') {
            r.skipRestOfLine();
            return;
        }
        String key = key(r);
        r.skipSpaces();
        String value = null;
        if (r.peek() == '=') {
            r.advance(1);
            r.skipSpaces();
            value = value(r, key);
        }
        r.skipSpaces();
        if (r.peek() == '#') {
            r.skipRestOfLine();
        } else if (!r.done() && r.peek() != '\n' && r.peek() != '\r') {
            throw new Unreadable("unexpected text after " + (value == null ? "the name " : "the value of ") + key);
        } else {
            r.skipRestOfLine();
        }
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, expand(value, values, environment));
        }
    }

    private static String key(Reader r) {
        if (r.peek() == '\'') {
            int close = r.indexOf('\'', 1);
            if (close <= 1) {
                throw new Unreadable("a quoted name that is empty or not closed");
            }
            String key = r.take(close + 1);
            return key.substring(1, key.length() - 1);
        }
        int end = 0;
        while (!r.done(end) && r.at(end) != '=' && r.at(end) != '#' && !Character.isWhitespace(r.at(end))) {
            end++;
        }
        if (end == 0) {
            throw new Unreadable("expected a variable name before `=`");
        }
        return r.take(end);
    }

    private static String value(Reader r, String key) {
        char quote = r.peek();
        if (quote == '\'' || quote == '"') {
            StringBuilder out = new StringBuilder();
            int i = 1;
            while (!r.done(i)) {
                char c = r.at(i);
                if (c == quote) {
                    r.advance(i + 1);
                    return out.toString();
                }
                if (c == '\\' && !r.done(i + 1) && escapes(quote, r.at(i + 1))) {
                    out.append(unescape(r.at(i + 1)));
                    i += 2;
                } else {
                    out.append(c);
                    i++;
                }
            }
            throw new Unreadable("the value of " + key + " opens a " + (quote == '\'' ? "single" : "double")
                    + " quote that is never closed");
        }
        int end = 0;
        while (!r.done(end) && r.at(end) != '\n' && r.at(end) != '\r') {
            end++;
        }
        String raw = r.take(end);
        return raw.replaceAll("\\s+#.*", "").stripTrailing();
    }

    private static boolean escapes(char quote, char next) {
        return quote == '\'' ? next == '\\' || next == '\'' : "\\'\"abfnrtv".indexOf(next) >= 0;
    }

    private static String unescape(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 'f' -> "\f";
            case 'v' -> "\u000B";
            default -> String.valueOf(c);
        };
    }

    /** {@code ${X}} and {@code ${X:-d}}: the environment first, then earlier bindings, else the default or "". */
    private static String expand(String value, Map<String, String> earlier, Map<String, String> environment) {
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String found = environment.containsKey(name) ? environment.get(name) : earlier.get(name);
            String replacement = found != null ? found : m.group(2) != null ? m.group(2) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Why a statement was skipped; never carries the value. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** A cursor over the text that knows its line. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        boolean done() {
            return pos >= text.length();
        }

        boolean done(int offset) {
            return pos + offset >= text.length();
        }

        char peek() {
            return done() ? '\0' : text.charAt(pos);
        }

        char at(int offset) {
            return done(offset) ? '\n' : text.charAt(pos + offset);
        }

        boolean lookingAt(String word) {
            return text.startsWith(word, pos);
        }

        int indexOf(char c, int offset) {
            int i = text.indexOf(c, pos + offset);
            return i < 0 ? -1 : i - pos;
        }

        String take(int n) {
            String s = text.substring(pos, pos + n);
            pos += n;
            return s;
        }

        void advance(int n) {
            pos = Math.min(text.length(), pos + n);
        }

        void skipSpaces() {
            while (!done() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r'
                    && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        void skipBlank() {
            while (!done() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        void skipRestOfLine() {
            while (!done() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                pos++;
            }
            if (text.startsWith("\r\n", pos)) {
                pos += 2;
            } else if (!done()) {
                pos++;
            }
        }

        int line() {
            int n = 1;
            for (int i = 0; i < pos; i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    n++;
                }
            }
            return n;
        }
    }
}
