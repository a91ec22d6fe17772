package io.shale.config;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The syntax of typed configuration values, shared by the file loader and settings made in code. */
public final class Values {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h)?");
    private static final Pattern IDENTIFIER =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final Set<String> JAVA_KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "_");

    private Values() {
    }

    /**
     * {@code 60} (seconds), {@code 500ms}, {@code 30s}, {@code 5m} or {@code 1h}; empty for anything
     * else, including negative numbers and fractions.
     */
    public static Optional<Duration> duration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return Optional.of(switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        });
    }

    /** A plain SQL name ({@code shale_history}) or a schema-qualified one ({@code ops.shale_history}). */
    public static boolean isIdentifier(String text) {
        return IDENTIFIER.matcher(text).matches();
    }

    /** Dotted Java identifiers, none of them a keyword: {@code com.acme.migrations}. */
    public static boolean isPackageName(String text) {
        if (text.isEmpty() || text.startsWith(".") || text.endsWith(".")) {
            return false;
        }
        for (String segment : text.split("\\.", -1)) {
            if (segment.isEmpty() || JAVA_KEYWORDS.contains(segment)
                    || !Character.isJavaIdentifierStart(segment.codePointAt(0))
                    || !segment.codePoints().allMatch(Character::isJavaIdentifierPart)) {
                return false;
            }
        }
        return true;
    }
}
