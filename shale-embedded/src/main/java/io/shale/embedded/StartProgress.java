package io.shale.embedded;

import org.slf4j.LoggerFactory;

/**
 * Where an embedded PostgreSQL reports the slow steps of getting ready, each as it begins: unpacking
 * the binaries (the first run on a machine only), creating a cluster, starting the server on its port.
 * A message is one sentence in lower case without a final period, fit for a line on stderr.
 *
 * <p>{@link #LOG}, which the methods without a progress argument use, logs them at INFO to the logger
 * {@code io.shale.embedded}, unless the process's front end chose other lines with {@link #useForProcess}
 * (the CLI prints {@code shale: ...} on stderr, as its launcher does).
 */
@FunctionalInterface
public interface StartProgress {

    /** Called on the thread that starts the server, before the step it names. */
    void step(String message);

    /** Logs each step at INFO to the logger {@code io.shale.embedded}. */
    StartProgress LOGGER = message -> LoggerFactory.getLogger("io.shale.embedded").info(message);

    /**
     * The process's default: {@link #LOGGER}, or what {@link #useForProcess} set. The servers started
     * without a progress argument, by ordinary commands and scratch databases alike, report here.
     */
    StartProgress LOG = message -> ProcessStartProgress.current().step(message);

    /**
     * Makes {@code progress} the process's default for {@link #LOG}: for a front end that owns the
     * process's stderr (the CLI's {@code main}); libraries and tests leave it alone.
     */
    static void useForProcess(StartProgress progress) {
        ProcessStartProgress.set(progress);
    }
}
