package io.shale.testing;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints every skipped or aborted test with its reason on the build's console. Surefire's summary
 * only counts them ("Skipped: 4") and keeps the test output in files, so without this a user would
 * not learn that, say, the corpus tests did not run because {@code ../shared/corpus} is absent.
 * Registered through {@code META-INF/services}; it writes to the process's own error stream, which
 * surefire passes through to the console.
 */
public final class SkipReasons implements TestExecutionListener {
    private final PrintStream console;

    /** The listener JUnit loads: the process's own error stream. */
    public SkipReasons() {
        this(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }

    SkipReasons(PrintStream console) {
        this.console = console;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        print(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            print(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    private void print(TestIdentifier test, String reason) {
        String where = test.getSource().map(Object::toString).orElse(test.getUniqueId());
        console.println("[SKIPPED] " + test.getDisplayName() + " (" + shortSource(where) + "): " + reason);
    }

    private static String shortSource(String source) {
        int cls = source.indexOf("className = '");
        if (cls < 0) {
            return source;
        }
        int end = source.indexOf('\'', cls + 13);
        return end < 0 ? source : source.substring(cls + 13, end);
    }
}
