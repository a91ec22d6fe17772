package io.shale.bench;

/** What one row of the report times. */
enum Measure {
    APPLY_WARM("apply all from empty, warm JVM"),
    APPLY_PROCESS("apply all from empty, new process"),
    NOOP_WARM("nothing to do, all applied, warm JVM"),
    NOOP_PROCESS("nothing to do, all applied, new process"),
    STATUS_WARM("status / info, all applied, warm JVM");

    final String label;

    Measure(String label) {
        this.label = label;
    }

    boolean newProcess() {
        return this == APPLY_PROCESS || this == NOOP_PROCESS;
    }
}
