package io.shale.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {

    @Test
    void aChainOfImports_hasNoCycle() {
        assertThat(PackageCycles.of(Map.of("a", Set.of("b"), "b", Set.of("c")))).isEmpty();
    }

    @Test
    void packagesImportingEachOther_formACycle_namedAlongItsPath() {
        assertThat(PackageCycles.of(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"))))
                .containsExactly("a -> b -> c -> a");
    }
}
