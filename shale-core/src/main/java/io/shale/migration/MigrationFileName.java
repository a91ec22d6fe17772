package io.shale.migration;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a SQL migration file, {@code NNNN_slug.sql}: a version of any number of digits
 * (Shale writes at least four, leading zeros are fine) and a lower-case slug.
 *
 * @param version  the number, at least 1
 * @param slug     the part between the first underscore and {@code .sql}
 * @param fileName the whole name, as found on disk or as {@link #of} builds it
 */
public record MigrationFileName(int version, String slug, String fileName) {
    /** What a migration file name must match; group 1 is the version, group 2 the slug. */
    public static final Pattern PATTERN = Pattern.compile("^(\\d+)_([a-z0-9][a-z0-9_]*)\\.sql$");
    /** How error messages describe the expected name. */
    public static final String EXPECTED = "NNNN_description.sql (digits, an underscore, lower-case letters, digits "
            + "and underscores), for example 0001_create_users.sql";

    static final int MAX_SLUG_LENGTH = 60;

    /** Whether a file of this name is one the loader treats as a migration candidate. */
    static boolean looksLikeSql(String fileName) {
        return fileName.regionMatches(true, fileName.length() - 4, ".sql", 0, 4) && !fileName.startsWith(".");
    }

    /**
     * Parses a file name; empty when it does not match {@link #PATTERN} or its version is 0 or
     * does not fit an {@code int}.
     */
    public static Optional<MigrationFileName> parse(String fileName) {
        Matcher m = PATTERN.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        int version = parseVersion(m.group(1));
        return version < 1 ? Optional.empty() : Optional.of(new MigrationFileName(version, m.group(2), fileName));
    }

    /** The name Shale writes: the version zero-padded to four digits (wider when needed). */
    public static MigrationFileName of(int version, String slug) {
        if (version < 1 || !PATTERN.matcher("0_" + slug + ".sql").matches()) {
            throw new IllegalArgumentException("bad version or slug: " + version + ", " + slug);
        }
        return new MigrationFileName(version, slug, String.format(Locale.ROOT, "%04d_%s.sql", version, slug));
    }

    /**
     * Turns a free-text message into a slug: accents dropped, lower-cased, every run of other
     * characters than ASCII letters and digits turned into one underscore, underscores trimmed,
     * at most {@value #MAX_SLUG_LENGTH} characters.
     *
     * @throws ShaleException MIGRATION_BAD_NAME when the message holds no letter or digit
     */
    public static String slugify(String message) {
        String plain = Normalizer.normalize(message == null ? "" : message, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < plain.length() && slug.length() < MAX_SLUG_LENGTH; i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                slug.append(c);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '_') {
                slug.append('_');
            }
        }
        while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '_') {
            slug.setLength(slug.length() - 1);
        }
        if (slug.length() == 0) {
            throw new ShaleException(ErrorCode.MIGRATION_BAD_NAME,
                    "the message \"" + message + "\" has no ASCII letter or digit (a-z, 0-9) to name the migration file with",
                    "describe the change in words, for example -m \"add email to users\"");
        }
        return slug.toString();
    }

    /** The digits as an int, or -1 when they do not fit. */
    static int parseVersion(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        String significant = digits.substring(i);
        if (significant.length() > 10) {
            return -1;
        }
        long value = Long.parseLong(significant);
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }
}
