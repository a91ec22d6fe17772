package io.shale.command.safety;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.MigrationFileName;
import io.shale.migration.MigrationSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which migrations are new for {@code check --verify-since}: after a version number ({@code 12}), or
 * after the highest migration a git ref holds ({@code origin/main}), read with {@code git ls-tree}.
 */
public final class VerifySince {
    private VerifySince() {
    }

    /**
     * The first version to verify.
     *
     * @throws ShaleException USAGE when {@code since} is neither a number nor a ref git knows
     */
    public static int firstNewVersion(String since, MigrationSet migrations) {
        if (since.matches("\\d+")) {
            return Integer.parseInt(since) + 1;
        }
        Path dir = migrations.directory().toAbsolutePath().normalize();
        String top = git(dir, since, "rev-parse", "--show-toplevel").strip();
        String relative = Path.of(top).relativize(dir).toString().replace('\\', '/');
        int highest = 0;
        for (String line : git(Path.of(top), since, "ls-tree", "--name-only", since, relative + "/").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Optional<MigrationFileName> name = MigrationFileName.parse(Path.of(line).getFileName().toString());
            if (name.isPresent()) {
                highest = Math.max(highest, name.get().version());
            }
        }
        return highest + 1;
    }

    private static String git(Path dir, String since, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new ShaleException(ErrorCode.USAGE, "--verify-since " + since + ": git " + String.join(" ", args)
                        + " failed in " + dir + ": " + out.strip(), "give a migration version (e.g. 12) or a git ref "
                        + "this checkout has (e.g. origin/main; fetch it first in CI)");
            }
            return out;
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.USAGE, "--verify-since " + since + ": cannot run git: " + e.getMessage(),
                    "give a migration version instead (e.g. 12), or install git", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShaleException(ErrorCode.USAGE, "Interrupted while running git", null, e);
        }
    }
}
