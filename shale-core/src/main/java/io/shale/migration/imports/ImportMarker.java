package io.shale.migration.imports;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first line of an imported file, {@code -- imported from <tool> <id> (<source>)}, which
 * {@code shale adopt} reads to map the other tool's history rows to Shale files. In the id, a space is
 * written {@code %20} and a percent sign {@code %25}, so the id stays one word.
 *
 * @param tool   the tool's CLI name ({@code flyway}, {@code liquibase}, {@code alembic}, ...)
 * @param id     the tool's identifier of the migration (see {@link ImportedMigration#originalId()})
 * @param source the source file, or empty when the line names none
 */
public record ImportMarker(String tool, String id, String source) {
    private static final Pattern LINE = Pattern.compile("^--\\s*imported from ([a-z][a-z-]*) (\\S+)(?: \\((.*)\\))?\\s*$");

    /** The comment line. */
    public String line() {
        return "-- imported from " + tool + " " + id.replace("%", "%25").replace(" ", "%20")
                + (source.isEmpty() ? "" : " (" + source + ")");
    }

    /** The marker among the comment lines before {@code -- migrate:up}, if there is one. */
    public static Optional<ImportMarker> find(String fileText) {
        for (String line : fileText.split("\n")) {
            String l = line.strip();
            if (l.startsWith("-- migrate:up")) {
                break;
            }
            Matcher m = LINE.matcher(l);
            if (m.matches()) {
                String id = m.group(2).replace("%20", " ").replace("%25", "%");
                return Optional.of(new ImportMarker(m.group(1), id, m.group(3) == null ? "" : m.group(3)));
            }
        }
        return Optional.empty();
    }
}
