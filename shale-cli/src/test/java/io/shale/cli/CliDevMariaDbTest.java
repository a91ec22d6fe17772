package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale dev start} with {@code embedded.engine: mariadb}: not supported yet, a usage error that says what to do. */
class CliDevMariaDbTest {
    @TempDir
    Path dir;

    @Test
    void devStart_withTheMariaDbEngine_isAUsageErrorAndStartsNothing() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "embedded:\n  engine: mariadb\n");
        Cli.Run start = new Cli(dir).run("dev", "start");
        assertThat(start.exit()).as(start.all()).isEqualTo(2);
        assertThat(start.all()).contains("does not support the embedded MariaDB yet")
                .contains("run the commands directly").contains(".shale/mariadb");
        assertThat(dir.resolve(".shale/mariadb")).doesNotExist();
        assertThat(dir.resolve(".shale/postgres")).doesNotExist();
    }
}
