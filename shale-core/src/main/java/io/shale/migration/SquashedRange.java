package io.shale.migration;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions a squash baseline replaces, read from its {@code -- shale:squashed FIRST-LAST} line
 * (which {@code shale squash} writes as the first line of the up section).
 */
public record SquashedRange(int first, int last) {
    private static final Pattern LINE = Pattern.compile("(?m)^\\s*--\\s*shale:squashed\\s+(\\d+)\\s*-\\s*(\\d+)\\s*$");

    public boolean covers(int version) {
        return version >= first && version <= last;
    }

    /** The range of a baseline SQL migration; empty for any other migration. Found when the file was read. */
    public static Optional<SquashedRange> of(Migration migration) {
        return migration.body() instanceof MigrationBody.Sql sql ? sql.squashed() : Optional.empty();
    }

    /**
     * The range named by the first directive line in {@code text} between {@code from} and
     * {@code to} (the bounds of an up section, each at a line start or the end), or null. The
     * literal search first spares the pattern a scan of a large file that has no such line.
     */
    static SquashedRange find(String text, int from, int to) {
        int candidate = text.indexOf("shale:squashed", from);
        if (candidate < 0 || candidate >= to) {
            return null;
        }
        Matcher m = LINE.matcher(text).region(from, to);
        return m.find() ? new SquashedRange(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }

    /** "version 7" or "versions 5 to 7", as messages name the archived files a database needs. */
    public static String versions(int from, int to) {
        return from == to ? "version " + from : "versions " + from + " to " + to;
    }

    /** The directive line for a baseline replacing {@code first..last}. */
    public static String directive(int first, int last) {
        return "-- shale:" + Directive.SQUASHED + " " + first + "-" + last;
    }
}
