package io.shale.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardAndSelectionTest {
    private static List<Target> tenants(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new Target("tenant_" + i, "tenants",
                "jdbc:postgresql://db/tenant_" + i, null, null, null, null)).toList();
    }

    @Test
    void shards_coverEveryTargetExactlyOnce_andAreRoughlyEven() {
        List<Target> targets = tenants(1000);
        Set<String> seen = new HashSet<>();
        for (int k = 1; k <= 4; k++) {
            List<Target> shard = new Shard(k, 4).select(targets);
            assertThat(shard.size()).as("shard %d/4", k).isBetween(200, 300);
            shard.forEach(t -> assertThat(seen.add(t.name())).as(t.name() + " in two shards").isTrue());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void shards_dependOnlyOnTheNames_notOnTheOrder() {
        List<Target> targets = tenants(300);
        List<Target> shuffled = new ArrayList<>(targets);
        Collections.shuffle(shuffled, new Random(7));
        Set<String> inOrder = new HashSet<>(new Shard(2, 3).select(targets).stream().map(Target::name).toList());
        Set<String> reordered = new HashSet<>(new Shard(2, 3).select(shuffled).stream().map(Target::name).toList());
        assertThat(reordered).isEqualTo(inOrder);
        assertThat(Shard.of("tenant_42", 3)).isEqualTo(Shard.of("tenant_42", 3)).isBetween(1, 3);
    }

    @Test
    void shardText_isParsedAndChecked() {
        assertThat(Shard.parse("2/5")).isEqualTo(new Shard(2, 5));
        assertThatThrownBy(() -> Shard.parse("0/5")).isInstanceOfSatisfying(ShaleException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.USAGE));
        assertThatThrownBy(() -> Shard.parse("two")).isInstanceOfSatisfying(ShaleException.class,
                e -> assertThat(e.hint()).contains("--shard 1/4"));
    }

    @Test
    void selection_takesNamesEntriesAndGlobs_inTheTargetsOrder() {
        List<Target> targets = List.of(
                new Target("eu-1", "eu-1", "jdbc:postgresql://eu/app", null, null, null, null),
                new Target("us-1", "us-1", "jdbc:postgresql://us/app", null, null, null, "production"),
                new Target("t_a", "tenants", "jdbc:postgresql://t/a", null, null, null, null),
                new Target("t_b", "tenants", "jdbc:postgresql://t/b", null, null, null, null));
        assertThat(TargetSelection.select(targets, "all")).isEqualTo(targets);
        assertThat(TargetSelection.select(targets, "tenants")).extracting(Target::name).containsExactly("t_a", "t_b");
        assertThat(TargetSelection.select(targets, "us-1,eu-*")).extracting(Target::name)
                .containsExactly("eu-1", "us-1");
        assertThatThrownBy(() -> TargetSelection.select(targets, "ap-1"))
                .hasMessageContaining("ap-1 matches no target");
    }

    @Test
    void runner_failFastSkipsTheRest_andACanaryFailureStopsTheFleet() {
        List<Target> targets = tenants(6);
        FleetRunner.Task<String> failOnThird = t -> {
            if (t.name().equals("tenant_3")) {
                throw new ShaleException(ErrorCode.MIGRATION_FAILED, "broken", "fix it");
            }
            return new FleetRunner.Outcome<>(0, 1, t.name());
        };

        FleetResult<String> keepGoing = new FleetRunner(new FleetOptions(1, false, 0), FleetListener.NONE)
                .run(targets, failOnThird);
        assertThat(keepGoing.count(TargetResult.Status.DONE)).isEqualTo(5);
        assertThat(keepGoing.stoppedBy()).isNull();

        FleetResult<String> failFast = new FleetRunner(new FleetOptions(1, true, 0), FleetListener.NONE)
                .run(targets, failOnThird);
        assertThat(failFast.results()).extracting(TargetResult::status).containsExactly(
                TargetResult.Status.DONE, TargetResult.Status.DONE, TargetResult.Status.FAILED,
                TargetResult.Status.SKIPPED, TargetResult.Status.SKIPPED, TargetResult.Status.SKIPPED);
        assertThat(failFast.stoppedBy()).isEqualTo("fail-fast");

        FleetResult<String> canary = new FleetRunner(new FleetOptions(2, false, 3), FleetListener.NONE)
                .run(targets, failOnThird);
        assertThat(canary.count(TargetResult.Status.DONE)).isEqualTo(2);
        assertThat(canary.count(TargetResult.Status.SKIPPED)).isEqualTo(3);
        assertThat(canary.stoppedBy()).isEqualTo("canary");

        FleetResult<String> canaryPasses = new FleetRunner(new FleetOptions(2, false, 2), FleetListener.NONE)
                .run(targets, failOnThird);
        assertThat(canaryPasses.count(TargetResult.Status.DONE)).isEqualTo(5);
        assertThat(canaryPasses.stoppedBy()).isNull();
    }
}
