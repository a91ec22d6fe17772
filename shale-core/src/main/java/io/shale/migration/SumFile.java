package io.shale.migration;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content of {@code shale.sum}: a chained hash of the SQL migration files, so that two
 * branches that each add a migration change the same lines and conflict in git.
 *
 * <pre>
 * total sha256:&lt;the last chain value, or the SHA-256 of the empty string when there are no files&gt;
 * 0001_create_users.sql sha256:&lt;chain_1&gt;
 * 0002_add_email.sql sha256:&lt;chain_2&gt;
 * </pre>
 * chain_0 is 64 zeros; chain_i is the SHA-256 hex of the UTF-8 text
 * {@code chain_(i-1) + "\n" + fileName_i + "\n" + checksum_i}. Java migrations are not listed.
 * The file is UTF-8 with LF line endings (CRLF is accepted on reading).
 *
 * @param total the value of the first line
 * @param lines one per SQL migration, in version order
 */
public record SumFile(String total, List<Line> lines) {
    public static final String FILE_NAME = "shale.sum";
    static final String CHAIN_START = "0".repeat(64);
    private static final String PREFIX = "sha256:";

    /** One file's line: its name and the chain value after it. */
    public record Line(String fileName, String hash) {
    }

    public SumFile {
        lines = List.copyOf(lines);
    }

    /** The sum of the SQL migrations in {@code migrations}, in the order given (version order); others are skipped. */
    public static SumFile compute(List<Migration> migrations) {
        List<Line> lines = new ArrayList<>();
        String chain = CHAIN_START;
        for (Migration m : migrations) {
            if (m.kind() == MigrationKind.SQL) {
                chain = chain(chain, m.script(), m.checksum());
                lines.add(new Line(m.script(), chain));
            }
        }
        return new SumFile(lines.isEmpty() ? Checksums.sha256Hex("") : chain, lines);
    }

    static String chain(String previous, String fileName, String checksum) {
        return Checksums.sha256Hex(previous + "\n" + fileName + "\n" + checksum);
    }

    /** The file's text. */
    public String render() {
        StringBuilder out = new StringBuilder(80 * (lines.size() + 1));
        out.append("total ").append(PREFIX).append(total).append('\n');
        for (Line line : lines) {
            out.append(line.fileName()).append(' ').append(PREFIX).append(line.hash()).append('\n');
        }
        return out.toString();
    }

    /**
     * Writes {@code shale.sum} for {@code migrations} into {@code directory}, through a temporary
     * file moved into place so that readers never see half a file.
     *
     * @return the sum file's path
     * @throws ShaleException MIGRATION_UNREADABLE when the file cannot be written
     */
    public static Path write(Path directory, List<Migration> migrations) {
        Path target = directory.resolve(FILE_NAME);
        Path temp = null;
        try {
            temp = Files.createTempFile(directory, ".shale.sum", ".tmp");
            Files.writeString(temp, compute(migrations).render(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE, "cannot write " + target + ": " + e,
                    "check that the migrations folder is writable", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the move succeeded or the original error is more useful
                }
            }
        }
    }

    /**
     * Compares {@code directory/shale.sum} with the SQL migrations of {@code set}.
     *
     * @throws ShaleException MIGRATION_UNREADABLE when the sum file exists but cannot be read
     */
    public static SumFileCheck check(Path directory, MigrationSet set) {
        return check(directory, set.migrations());
    }

    /** Like {@link #check(Path, MigrationSet)}, for a list in version order that may repeat a version (the archive). */
    static SumFileCheck check(Path directory, List<Migration> migrations) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return new SumFileCheck.Missing(file);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE, "cannot read " + file + ": " + e,
                    "check that the file is readable, or delete it and run `shale hash`", e);
        }
        return compare(file, text, migrations);
    }

    /** Like {@link #check}, but throws SUM_FILE_MISSING, SUM_FILE_MALFORMED or SUM_FILE_MISMATCH. */
    public static void verify(Path directory, MigrationSet set) {
        check(directory, set).orThrow();
    }

    static SumFileCheck compare(Path file, String text, List<Migration> migrations) {
        SumFileParser.Result parsed = SumFileParser.parse(file, text);
        if (parsed.malformed() != null) {
            return parsed.malformed();
        }
        SumFile actual = parsed.sum();
        SumFile expected = compute(migrations);
        if (expected.equals(actual)) {
            return new SumFileCheck.Ok(file);
        }
        String firstDifference = null;
        int longest = Math.max(expected.lines.size(), actual.lines.size());
        for (int i = 0; i < longest && firstDifference == null; i++) {
            Line e = i < expected.lines.size() ? expected.lines.get(i) : null;
            Line a = i < actual.lines.size() ? actual.lines.get(i) : null;
            if (e == null || !e.equals(a)) {
                firstDifference = e != null ? e.fileName() : a.fileName();
            }
        }
        Map<String, String> checksums = new HashMap<>();
        List<String> unlisted = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (Line a : actual.lines) {
            listed.add(a.fileName());
        }
        for (Migration m : migrations) {
            if (m.kind() == MigrationKind.SQL) {
                checksums.put(m.script(), m.checksum());
                if (!listed.contains(m.script())) {
                    unlisted.add(m.script());
                }
            }
        }
        List<String> edited = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        String previous = CHAIN_START;
        for (Line a : actual.lines) {
            String checksum = checksums.get(a.fileName());
            if (checksum == null) {
                extra.add(a.fileName());
            } else if (!chain(previous, a.fileName(), checksum).equals(a.hash())) {
                edited.add(a.fileName());
            }
            previous = a.hash();
        }
        return new SumFileCheck.Mismatch(file, firstDifference, edited, unlisted, extra);
    }
}
