package io.shale.embedded;

import org.slf4j.LoggerFactory;

/**
 * Where an embedded PostgreSQL reports the slow steps of getting ready, each as it begins: unpacking
 * the binaries (the first run on a machine only), creating a cluster, starting the server on its port.
 * A message is one sentence in lower case without a final period, fit for a line on stderr.
 *
 * <p>{@link #LOG}, which the methods without a progress argument use, logs them at INFO to the logger
 * {@code io.shale.embedded}; a front end that owns a terminal prints them itself.
 */
@FunctionalInterface
public interface StartProgress {

    /** Called on the thread that starts the server, before the step it names. */
    void step(String message);

    /** Logs each step at INFO to the logger {@code io.shale.embedded}. */
    StartProgress LOG = message -> LoggerFactory.getLogger("io.shale.embedded").info(message);
}
