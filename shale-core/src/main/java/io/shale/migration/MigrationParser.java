package io.shale.migration;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL migration file into its sections and reads its directives.
 *
 * <p>The rules:
 * <ul>
 *   <li>A line that is exactly {@code -- migrate:up} starts the up section and one that is exactly
 *       {@code -- migrate:down} starts the down section. Markers are case-sensitive, start at the
 *       beginning of the line and may be followed by white space only. Any other comment line that
 *       starts with {@code migrate:} is refused (MIGRATION_UNKNOWN_DIRECTIVE) rather than taken for
 *       an ordinary comment, so a mistyped marker never silently swallows a section.</li>
 *   <li>The up marker is required (MIGRATION_NO_UP_SECTION); each marker appears at most once and
 *       the down marker comes after the up marker (MIGRATION_DUPLICATE_SECTION).</li>
 *   <li>Before the up marker only blank lines, {@code --} and {@code /* *}{@code /} comments and
 *       directives may stand (MIGRATION_CONTENT_OUTSIDE_SECTION).</li>
 *   <li>A directive is a line {@code -- shale:NAME [args]} anywhere in the file (white space between
 *       {@code --} and {@code shale:} is optional). {@code no-transaction} makes the migration
 *       non-transactional and takes no arguments; {@code lint-ignore} and {@code renamed-from} are
 *       accepted and returned for other features; any other name is refused
 *       (MIGRATION_UNKNOWN_DIRECTIVE) with the closest known name as hint. A directive inside a
 *       section stays in that section's text, where it is an ordinary SQL comment.</li>
 *   <li>The up text runs from the line after the up marker to the line before the down marker
 *       (or the end); the down text from the line after the down marker to the end.
 *       <b>A down section that is empty or holds only blank lines and comments counts as no down
 *       section</b>: {@link MigrationBody.Sql#down()} is null and the migration cannot be downgraded.</li>
 * </ul>
 * Markers and directives are recognised line by line, without reading the SQL around them, so a
 * marker inside a string or a block comment still counts.
 */
public final class MigrationParser {
    static final String UP_MARKER = "-- migrate:up";
    static final String DOWN_MARKER = "-- migrate:down";

    private MigrationParser() {
    }

    /**
     * Where a file's sections are and what its directives say, found in one pass over its lines.
     *
     * @param upStart    offset of the up text's first character
     * @param upEnd      offset just after the up text
     * @param upLine     the 1-based line where the up text starts
     * @param downStart  offset of the down text, which runs to the end; -1 when there is no down section
     * @param downLine   the 1-based line where the down text starts, or 0
     * @param transactional false when the file holds {@code -- shale:no-transaction}
     * @param directives every directive in the file, in line order
     * @param squashed   the range a squash baseline's up section names, or null
     */
    record Layout(int upStart, int upEnd, int upLine, int downStart, int downLine, boolean transactional,
                  List<Directive> directives, SquashedRange squashed) {
        Layout {
            directives = List.copyOf(directives);
        }
    }

    /**
     * Parses one file, its sections held as strings.
     *
     * @param file the file, used in the body and in error messages
     * @param text the file content with line endings already normalised to LF and no BOM
     * @throws ShaleException with the codes listed in the class comment; the message names the file and line
     */
    public static ParsedSqlMigration parse(Path file, String text) {
        Layout layout = layout(file, text);
        String up = text.substring(layout.upStart(), layout.upEnd());
        String down = layout.downStart() < 0 ? null : text.substring(layout.downStart());
        return new ParsedSqlMigration(
                new MigrationBody.Sql(file, new SectionText.Held(up, down), layout.upLine(), layout.downLine(),
                        layout.squashed()),
                layout.transactional(), layout.directives());
    }

    /**
     * Finds the sections and directives of one file without copying any of its text.
     *
     * @throws ShaleException as {@link #parse}
     */
    static Layout layout(Path file, String text) {
        int n = text.length();
        int upMarker = 0;
        int upMarkerOffset = 0;
        int upStart = -1;
        int downMarker = 0;
        int downMarkerOffset = n;
        int downStart = -1;
        boolean transactional = true;
        List<Directive> directives = new ArrayList<>();

        int line = 1;
        for (int pos = 0; pos < n; line++) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? n : eol;
            int next = eol < 0 ? n : eol + 1;
            int body = commentBody(text, pos, end);
            if (body >= 0) {
                if (startsWithIgnoreCase(text, body, end, "migrate:")) {
                    String marker = text.substring(pos, end).stripTrailing();
                    if (marker.equals(UP_MARKER)) {
                        if (upMarker > 0) {
                            throw error(ErrorCode.MIGRATION_DUPLICATE_SECTION, file, line,
                                    "`-- migrate:up` appears a second time (first at line " + upMarker + ")",
                                    "keep one up section: merge the two or delete one marker");
                        }
                        if (downMarker > 0) {
                            throw error(ErrorCode.MIGRATION_DUPLICATE_SECTION, file, downMarker,
                                    "`-- migrate:down` comes before `-- migrate:up` (line " + line + ")",
                                    "put the up section first, then the down section");
                        }
                        upMarker = line;
                        upMarkerOffset = pos;
                        upStart = next;
                    } else if (marker.equals(DOWN_MARKER)) {
                        if (downMarker > 0) {
                            throw error(ErrorCode.MIGRATION_DUPLICATE_SECTION, file, line,
                                    "`-- migrate:down` appears a second time (first at line " + downMarker + ")",
                                    "keep one down section: merge the two or delete one marker");
                        }
                        downMarker = line;
                        downMarkerOffset = pos;
                        downStart = next;
                    } else {
                        throw error(ErrorCode.MIGRATION_UNKNOWN_DIRECTIVE, file, line,
                                "`" + marker + "` is not a section marker",
                                "write `-- migrate:up` or `-- migrate:down` exactly (lower case) and alone on its line");
                    }
                } else if (startsWithIgnoreCase(text, body, end, "shale:")) {
                    Directive d = directive(file, line, text.substring(body + "shale:".length(), end));
                    directives.add(d);
                    if (d.name().equals(Directive.NO_TRANSACTION)) {
                        transactional = false;
                    }
                }
            }
            pos = next;
        }

        if (upMarker == 0) {
            throw new ShaleException(ErrorCode.MIGRATION_NO_UP_SECTION,
                    file + ": no `-- migrate:up` line" + (downMarker > 0 ? " (only `-- migrate:down` at line " + downMarker + ")" : ""),
                    "start the file's SQL with a line `-- migrate:up`; put the undo SQL after a line `-- migrate:down`");
        }
        int stray = firstCodeLine(text, 0, upMarkerOffset, 1);
        if (stray > 0) {
            throw error(ErrorCode.MIGRATION_CONTENT_OUTSIDE_SECTION, file, stray,
                    "SQL before `-- migrate:up` (line " + upMarker + ")",
                    "move it below `-- migrate:up`; only comments and `-- shale:` directives may precede it");
        }

        int upEnd = downMarker > 0 ? downMarkerOffset : n;
        boolean hasDown = downMarker > 0 && firstCodeLine(text, downStart, n, downMarker + 1) > 0;
        return new Layout(upStart, upEnd, upMarker + 1, hasDown ? downStart : -1, hasDown ? downMarker + 1 : 0,
                transactional, directives, SquashedRange.find(text, upStart, upEnd));
    }

    private static Directive directive(Path file, int line, String rest) {
        String trimmed = rest.strip();
        int space = 0;
        while (space < trimmed.length() && !Character.isWhitespace(trimmed.charAt(space))) {
            space++;
        }
        String name = trimmed.substring(0, space);
        String args = trimmed.substring(space).strip();
        if (!Directive.KNOWN.contains(name)) {
            throw error(ErrorCode.MIGRATION_UNKNOWN_DIRECTIVE, file, line,
                    "unknown directive `-- shale:" + name + "`",
                    "did you mean `-- shale:" + Directive.closest(name) + "`? Known directives: "
                            + String.join(", ", Directive.KNOWN));
        }
        if (!args.isEmpty() && !Directive.takesArguments(name)) {
            throw error(ErrorCode.MIGRATION_UNKNOWN_DIRECTIVE, file, line,
                    "`-- shale:" + name + "` takes no arguments, found `" + args + "`",
                    "write `-- shale:" + name + "` alone on its line");
        }
        return new Directive(name, args, line);
    }

    /**
     * When the line {@code [from, end)} is a {@code --} comment, the index of the first character
     * after {@code --} and any white space; otherwise -1.
     */
    private static int commentBody(String text, int from, int end) {
        int i = skipBlanks(text, from, end);
        if (i + 1 >= end || text.charAt(i) != '-' || text.charAt(i + 1) != '-') {
            return -1;
        }
        return skipBlanks(text, i + 2, end);
    }

    /**
     * The 1-based line of the first character in {@code [from, to)} that is neither white space nor
     * part of a comment, or 0 when there is none. {@code firstLine} is the line number at {@code from}.
     */
    static int firstCodeLine(String text, int from, int to, int firstLine) {
        int line = firstLine;
        boolean inBlock = false;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (inBlock) {
                if (c == '*' && i + 1 < to && text.charAt(i + 1) == '/') {
                    inBlock = false;
                    i += 2;
                } else {
                    i++;
                }
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < to && text.charAt(i + 1) == '-') {
                int eol = text.indexOf('\n', i);
                i = eol < 0 || eol > to ? to : eol;
            } else if (c == '/' && i + 1 < to && text.charAt(i + 1) == '*') {
                inBlock = true;
                i += 2;
            } else {
                return line;
            }
        }
        return 0;
    }

    private static int skipBlanks(String text, int i, int end) {
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean startsWithIgnoreCase(String text, int from, int end, String prefix) {
        return end - from >= prefix.length() && text.regionMatches(true, from, prefix, 0, prefix.length());
    }

    private static ShaleException error(ErrorCode code, Path file, int line, String what, String hint) {
        return new ShaleException(code, file + ", line " + line + ": " + what, hint);
    }
}
