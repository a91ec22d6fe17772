package io.shale.fleet;

import java.util.List;

/** Told what a fleet run does, for a progress bar; called from the worker threads. */
public interface FleetListener {
    FleetListener NONE = new FleetListener() {
    };

    /** Before any target starts, with every target chosen. */
    default void planned(List<Target> targets) {
    }

    default void started(Target target) {
    }

    /** After a target finished, failed, or was skipped. */
    default void finished(TargetResult<?> result) {
    }
}
