package io.shale.config;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} file: {@code KEY=VALUE} lines, optional {@code export } prefix, {@code #}
 * comments and blank lines. Unquoted values are trimmed and end at a {@code #} preceded by
 * whitespace; single-quoted values are literal; double-quoted values understand {@code \n},
 * {@code \t}, {@code \r}, {@code \"} and {@code \\}. A later line wins over an earlier one for the
 * same key. Values are not expanded. Messages never quote a value: it may be a password.
 */
final class DotEnv {
    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String HINT = "write each line as KEY=VALUE (optionally `export KEY=VALUE`); quote values "
            + "with '...' (literal) or \"...\" (with \\n escapes); start comments with #";

    private DotEnv() {
    }

    /** The variables in {@code file}; {@code shownAs} names the file in messages. */
    static Map<String, String> read(Path file, String shownAs) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), shownAs);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.CONFIG_UNREADABLE, shownAs + ": cannot read the .env file: "
                    + e.getClass().getSimpleName(), "check that the file is readable UTF-8 text", e);
        }
    }

    static Map<String, String> parse(List<String> lines, String shownAs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
            parseLine(line.strip(), shownAs + ":" + (i + 1), out);
        }
        return out;
    }

    private static void parseLine(String line, String where, Map<String, String> out) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        if (line.startsWith("export ") || line.startsWith("export\t")) {
            line = line.substring(7).stripLeading();
        }
        int eq = line.indexOf('=');
        if (eq < 0) {
            throw invalid(where, "expected KEY=VALUE, found no `=`");
        }
        String key = line.substring(0, eq).strip();
        if (!NAME.matcher(key).matches()) {
            throw invalid(where, "the text before `=` is not a variable name (letters, digits, underscores; "
                    + "not starting with a digit)");
        }
        out.put(key, value(line.substring(eq + 1).stripLeading(), where, key));
    }

    private static String value(String rest, String where, String key) {
        if (rest.startsWith("'")) {
            int close = rest.indexOf('\'', 1);
            if (close < 0) {
                throw invalid(where, "the value of " + key + " opens a single quote that is not closed on this line");
            }
            requireNothingAfter(rest.substring(close + 1), where, key);
            return rest.substring(1, close);
        }
        if (rest.startsWith("\"")) {
            StringBuilder value = new StringBuilder();
            for (int i = 1; i < rest.length(); i++) {
                char c = rest.charAt(i);
                if (c == '"') {
                    requireNothingAfter(rest.substring(i + 1), where, key);
                    return value.toString();
                }
                if (c == '\\' && i + 1 < rest.length()) {
                    i++;
                    value.append(unescape(rest.charAt(i)));
                } else {
                    value.append(c);
                }
            }
            throw invalid(where, "the value of " + key + " opens a double quote that is not closed on this line");
        }
        if (rest.startsWith("#")) {
            return "";
        }
        for (int i = 1; i < rest.length(); i++) {
            if (rest.charAt(i) == '#' && Character.isWhitespace(rest.charAt(i - 1))) {
                return rest.substring(0, i).strip();
            }
        }
        return rest.strip();
    }

    private static String unescape(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case '"', '\\' -> String.valueOf(c);
            default -> "\\" + c;
        };
    }

    private static void requireNothingAfter(String after, String where, String key) {
        String rest = after.strip();
        if (!rest.isEmpty() && !rest.startsWith("#")) {
            throw invalid(where, "unexpected text after the closing quote of " + key);
        }
    }

    private static ShaleException invalid(String where, String problem) {
        return new ShaleException(ErrorCode.CONFIG_ENV_FILE_INVALID, where + ": " + problem, HINT);
    }
}
