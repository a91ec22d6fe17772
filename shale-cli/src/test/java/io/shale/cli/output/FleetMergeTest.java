package io.shale.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetMergeTest {
    @TempDir
    Path dir;

    private Path report(String file, String command, String shard, String... targets) throws Exception {
        StringBuilder items = new StringBuilder();
        for (String t : targets) {
            String[] nameStatus = t.split(":");
            items.append(items.isEmpty() ? "" : ",").append("{\"name\":\"").append(nameStatus[0])
                    .append("\",\"status\":\"").append(nameStatus[1]).append("\",\"versionAfter\":2,\"error\":null}");
        }
        Path path = dir.resolve(file);
        Files.writeString(path, "{\"command\":\"" + command + "\",\"shard\":" + (shard == null ? "null" : "\"" + shard + "\"")
                + ",\"stoppedBy\":null,\"summary\":{},\"targets\":[" + items + "]}");
        return path;
    }

    @Test
    void merge_joinsTheShardsInNameOrder_countsAgain_andNamesMissingShards() throws Exception {
        Path a = report("a.json", "upgrade", "2/3", "t_b:done", "t_d:failed");
        Path b = report("b.json", "upgrade", "1/3", "t_a:done", "t_c:skipped");

        FleetMerge.Merged merged = FleetMerge.merge(List.of(a, b));

        assertThat(merged.targets()).extracting(t -> t.get("name")).containsExactly("t_a", "t_b", "t_c", "t_d");
        assertThat(merged.done()).isEqualTo(2);
        assertThat(merged.failed()).isEqualTo(1);
        assertThat(merged.skipped()).isEqualTo(1);
        assertThat(merged.shards()).containsExactly("2/3", "1/3");
        assertThat(merged.missingShards()).containsExactly(3);
        StringWriter out = new StringWriter();
        FleetMerge.write(new PrintWriter(out), merged);
        assertThat(out.toString()).contains("\"versionAfter\" : 2").contains("\"failed\" : 1");
    }

    @Test
    void merge_refusesOverlapsAndMixedCommands() throws Exception {
        Path a = report("a.json", "upgrade", "1/2", "t_a:done");
        Path again = report("again.json", "upgrade", "2/2", "t_a:done");
        Path status = report("status.json", "status", "2/2", "t_b:done");
        Path other = report("other.json", "upgrade", "2/4", "t_c:done");

        assertThatThrownBy(() -> FleetMerge.merge(List.of(a, again))).hasMessageContaining("t_a is in both");
        assertThatThrownBy(() -> FleetMerge.merge(List.of(a, status))).hasMessageContaining("reports `status`");
        assertThatThrownBy(() -> FleetMerge.merge(List.of(a, other))).isInstanceOfSatisfying(ShaleException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.USAGE));
        assertThatThrownBy(() -> FleetMerge.merge(List.of(dir.resolve("none.json"))))
                .hasMessageContaining("does not exist");
    }
}
