package io.shale.lint;

import java.util.ArrayList;
import java.util.List;

/** Every lint rule, in code order. */
public final class Rules {
    private Rules() {
    }

    static List<Rule> all() {
        List<Rule> all = new ArrayList<>();
        all.addAll(DestructiveRules.all());
        all.addAll(DataRules.all());
        all.addAll(LockingRules.all());
        all.addAll(CompatibilityRules.all());
        return List.copyOf(all);
    }

    /** The description of every rule, for documentation and option validation. */
    public static List<RuleInfo> describe() {
        return all().stream().map(Rule::info).toList();
    }
}
