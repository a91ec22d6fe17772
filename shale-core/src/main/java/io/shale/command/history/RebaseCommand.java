package io.shale.command.history;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.MigrationFileName;
import io.shale.migration.MigrationWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code shale rebase [--onto BRANCH]}: keeps one linear history when two branches both added
 * migrations. The migrations this branch added since the merge base with {@code BRANCH} (found with
 * git) are renumbered after the highest number on {@code BRANCH}, in their order, and
 * {@code shale.sum} is rewritten, which also resolves the merge conflict the sum file raises. Files
 * that {@code BRANCH} holds never move, also in the middle of a {@code git merge BRANCH} whose
 * working tree holds both sides' files.
 * Changes files only, never a database.
 */
public final class RebaseCommand {

    /** @param onto the other branch (default {@code main}) */
    public record Options(String onto, boolean dryRun) {
    }

    /** One file renamed. */
    public record Rename(String from, String to) {
    }

    /** @param highestOnto the highest migration number on the other branch */
    public record Result(String onto, int highestOnto, List<Rename> renames) {
    }

    private final Path migrations;

    public RebaseCommand(Path migrations) {
        this.migrations = migrations;
    }

    public Result run(Options options) {
        String onto = options.onto() == null ? "main" : options.onto();
        Path top = Path.of(git(migrations, "rev-parse", "--show-toplevel").trim());
        String dir = top.relativize(migrations.toAbsolutePath().normalize()).toString();
        String base = git(top, "merge-base", "HEAD", onto).trim();
        int highestOnto = 0;
        java.util.Set<String> onOnto = new java.util.HashSet<>();
        for (String line : git(top, "ls-tree", "--name-only", onto, dir + "/").split("\n")) {
            String file = Path.of(line).getFileName().toString();
            Optional<MigrationFileName> name = MigrationFileName.parse(file);
            if (name.isPresent()) {
                highestOnto = Math.max(highestOnto, name.get().version());
                onOnto.add(file);
            }
        }
        List<String> onBase = new ArrayList<>();
        for (String line : git(top, "ls-tree", "--name-only", base, dir + "/").split("\n")) {
            onBase.add(Path.of(line).getFileName().toString());
        }
        // Only this branch's files move: a file that BRANCH holds (merged in by a `git merge` under way,
        // perhaps applied elsewhere already) keeps its number, and two files with one number stay two.
        TreeMap<String, String> added = new TreeMap<>();
        try (var files = Files.list(migrations)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String file = f.getFileName().toString();
                Optional<MigrationFileName> name = MigrationFileName.parse(file);
                if (name.isPresent() && !onBase.contains(file) && !onOnto.contains(file)) {
                    added.put(String.format("%010d/%s", name.get().version(), file), file);
                }
            }
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE, "Cannot list " + migrations + ": " + e,
                    null, e);
        }
        List<Rename> renames = new ArrayList<>();
        int next = highestOnto;
        for (String file : added.values()) {
            next++;
            MigrationFileName name = MigrationFileName.parse(file).orElseThrow();
            String renamed = MigrationFileName.of(next, name.slug()).fileName();
            if (!renamed.equals(file)) {
                renames.add(new Rename(file, renamed));
            }
        }
        if (!options.dryRun()) {
            apply(renames);
        }
        return new Result(onto, highestOnto, renames);
    }

    /** Renames through temporary names first, so two files can trade numbers. */
    private void apply(List<Rename> renames) {
        try {
            for (Rename r : renames) {
                Files.move(migrations.resolve(r.from()), migrations.resolve(r.from() + ".rebasing"));
            }
            for (Rename r : renames) {
                Files.move(migrations.resolve(r.from() + ".rebasing"), migrations.resolve(r.to()));
            }
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE, "Could not rename migrations in " + migrations
                    + ": " + e, "check the folder; files ending in .rebasing are the ones left half-way", e);
        }
        MigrationWriter.rehash(migrations);
    }

    private static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new ShaleException(ErrorCode.USAGE, "git " + String.join(" ", args) + " failed: " + out.strip(),
                        "run shale rebase inside a git checkout, with --onto naming an existing branch");
            }
            return out;
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.USAGE, "Cannot run git: " + e.getMessage(),
                    "install git, or renumber the files by hand and run `shale hash`", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShaleException(ErrorCode.USAGE, "Interrupted while running git", null, e);
        }
    }
}
