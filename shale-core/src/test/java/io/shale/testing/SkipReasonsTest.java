package io.shale.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Skipped and aborted tests are printed with their reasons; passing ones are not. */
class SkipReasonsTest {

    @Test
    void skippedAndAbortedTests_arePrintedWithTheirReasons() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SkipReasons listener = new SkipReasons(new PrintStream(out, true, StandardCharsets.UTF_8));

        // Without the registered SkipReasons, so that these samples print nothing on the build's console.
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build()).execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(Sample.class)).build(), listener);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines()).containsExactlyInAnyOrder(
                "[SKIPPED] needsTheCorpus() (" + Sample.class.getName() + "): Assumption failed: no corpus at /x",
                "[SKIPPED] switchedOff() (" + Sample.class.getName() + "): not on this engine");
    }

    /** Run only by the launcher above (surefire leaves nested classes alone). */
    static class Sample {
        @Test
        void needsTheCorpus() {
            Assumptions.assumeTrue(false, "no corpus at /x");
        }

        @Test
        @Disabled("not on this engine")
        void switchedOff() {
        }

        @Test
        void passes() {
            assertThat(1).isOne();
        }
    }
}
