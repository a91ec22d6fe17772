package io.shale.workspace;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the implementations of the workspace's SPIs on a class path, one fresh instance per call. */
final class Plugins {
    private Plugins() {
    }

    /**
     * The first implementation of {@code type} that {@code loader} sees, or empty.
     *
     * @throws ShaleException INTERNAL when a registered implementation cannot be instantiated
     */
    static <T> Optional<T> find(Class<T> type, ClassLoader loader) {
        try {
            Iterator<T> found = ServiceLoader.load(type, loader).iterator();
            return found.hasNext() ? Optional.of(found.next()) : Optional.empty();
        } catch (ServiceConfigurationError e) {
            throw new ShaleException(ErrorCode.INTERNAL, "Could not load the " + type.getSimpleName()
                    + " implementation on the class path: " + e.getMessage(),
                    "check that the Shale modules on the class path all have the same version", e);
        }
    }
}
