package io.shale.fleet;

import io.shale.config.TablePatterns;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code --target} chooses: {@code all}, or a comma-separated list of target names, names of
 * {@code targets:} entries (a generator's entry chooses every target it generates) and globs over
 * target names ({@code eu-*}). Order follows the resolved targets, not the list.
 */
public final class TargetSelection {
    private TargetSelection() {
    }

    /**
     * The targets {@code spec} chooses.
     *
     * @throws ShaleException USAGE when an item chooses nothing (the message lists some names there are)
     */
    public static List<Target> select(List<Target> targets, String spec) {
        if (spec == null || spec.isBlank()) {
            throw new ShaleException(ErrorCode.USAGE, "--target is empty", "name a target, a glob, or `all`");
        }
        if (spec.strip().equals("all")) {
            return List.copyOf(targets);
        }
        Set<Target> chosen = new LinkedHashSet<>();
        for (String item : spec.split(",")) {
            String want = item.strip();
            TablePatterns glob = TablePatterns.of(List.of(want));
            List<Target> matched = new ArrayList<>();
            for (Target t : targets) {
                if (t.name().equals(want) || t.group().equals(want) || glob.test(t.name())) {
                    matched.add(t);
                }
            }
            if (matched.isEmpty()) {
                throw new ShaleException(ErrorCode.USAGE, "--target " + want + " matches no target"
                        + (targets.isEmpty() ? " (no targets are configured)" : " (targets: " + sample(targets) + ")"),
                        "name a target, a `targets:` entry or a glob such as 'tenant_*', or use --target all; "
                                + "targets are listed under `targets:` in shale.yaml (docs/fleets.md)");
            }
            chosen.addAll(matched);
        }
        return targets.stream().filter(chosen::contains).toList();
    }

    private static String sample(List<Target> targets) {
        List<String> names = targets.stream().map(Target::name).limit(8).toList();
        return String.join(", ", names) + (targets.size() > names.size() ? ", ... " + targets.size() + " in all" : "");
    }
}
