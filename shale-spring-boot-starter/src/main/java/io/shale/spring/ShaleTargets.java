package io.shale.spring;

import io.shale.Shale;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Shale of each managed data source, by data source bean name, in a stable order. It owns their
 * workspaces and closes them when the application context closes.
 */
public final class ShaleTargets implements AutoCloseable {
    /**
     * One managed data source.
     *
     * @param shale        the facade on its workspace
     * @param validateOnly whether the default action only checks (nothing is migrated)
     */
    public record Target(Shale shale, boolean validateOnly) {
    }

    private final Map<String, Target> targets;

    ShaleTargets(Map<String, Target> targets) {
        this.targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    /** Every managed data source, by bean name. */
    public Map<String, Target> all() {
        return targets;
    }

    /** The Shale of one data source bean, or null when Shale does not manage it. */
    public Shale shale(String dataSourceName) {
        Target target = targets.get(dataSourceName);
        return target == null ? null : target.shale();
    }

    @Override
    public void close() {
        targets.values().forEach(target -> target.shale().workspace().close());
    }
}
