package io.shale.command.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationSet;
import io.shale.migration.MigrationWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale rebase} in the state users reach: {@code git merge main} stopped on a conflicting
 * {@code shale.sum}, with both branches' 0003 files in the working tree
 * and main's 0004 besides.
 */
class RebaseDuringMergeTest {
    @TempDir
    Path dir;

    @Test
    void rebase_duringAConflictedMerge_renumbersOurFile_andLeavesTheMergedOneAlone() throws Exception {
        Path migrations = dir.resolve("db/migrations");
        write(migrations.resolve("0001_users.sql"), "-- migrate:up\nCREATE TABLE users (id INT);\n");
        write(migrations.resolve("0002_posts.sql"), "-- migrate:up\nCREATE TABLE posts (id INT);\n");
        MigrationWriter.rehash(migrations);
        git(0, "init", "-q", "-b", "main");
        git(0, "add", "-A");
        git(0, "commit", "-q", "-m", "base");
        git(0, "checkout", "-q", "-b", "feature");
        write(migrations.resolve("0003_feature.sql"), "-- migrate:up\nCREATE TABLE feature (id INT);\n");
        MigrationWriter.rehash(migrations);
        git(0, "add", "-A");
        git(0, "commit", "-q", "-m", "feature");
        git(0, "checkout", "-q", "main");
        write(migrations.resolve("0003_main.sql"), "-- migrate:up\nCREATE TABLE main_table (id INT);\n");
        write(migrations.resolve("0004_main_more.sql"), "-- migrate:up\nCREATE TABLE more (id INT);\n");
        MigrationWriter.rehash(migrations);
        git(0, "add", "-A");
        git(0, "commit", "-q", "-m", "main");
        String mainSum = Files.readString(migrations.resolve("shale.sum"));
        git(0, "checkout", "-q", "feature");
        git(1, "merge", "-q", "main");
        assertThat(Files.readString(migrations.resolve("shale.sum"))).as("git left a conflict").contains("<<<<<<<");

        RebaseCommand.Result r = new RebaseCommand(migrations).run(new RebaseCommand.Options("main", false));

        assertThat(r.renames()).containsExactly(new RebaseCommand.Rename("0003_feature.sql", "0005_feature.sql"));
        assertThat(migrations.resolve("0003_main.sql")).hasContent("-- migrate:up\nCREATE TABLE main_table (id INT);");
        assertThat(migrations.resolve("0004_main_more.sql")).exists();
        assertThat(migrations.resolve("0005_feature.sql")).exists();
        assertThat(migrations.resolve("0003_feature.sql")).doesNotExist();
        String sum = Files.readString(migrations.resolve("shale.sum"));
        assertThat(sum).doesNotContain("<<<<<<<");
        assertThat(sum).as("main's chain is a prefix of ours").contains(mainSum.lines().skip(1).toList());
        MigrationSet set = MigrationLoader.load(migrations, List.of(), null);
        assertThat(set.migrations()).extracting(m -> m.version() + ":" + m.script())
                .containsExactly("1:0001_users.sql", "2:0002_posts.sql", "3:0003_main.sql", "4:0004_main_more.sql",
                        "5:0005_feature.sql");
    }

    private void git(int expectedExit, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t",
                "-c", "commit.gpgsign=false", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(String.join(" ", args) + ": " + out).isEqualTo(expectedExit);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
