package io.shale.lint;

import io.shale.dialect.EngineTrait;
import java.util.Set;

/**
 * What a rule is, for documentation and {@code --enable} validation.
 *
 * @param code      stable: never reused for another rule
 * @param severity  fixed per rule
 * @param title     what the rule catches, one line
 * @param hint      the safe alternative
 * @param optIn     off unless enabled by code
 * @param needs     the engine traits it applies to: it runs where the engine has them all; empty for every engine
 */
public record RuleInfo(String code, Severity severity, String title, String hint, boolean optIn, Set<EngineTrait> needs) {
    public RuleInfo {
        needs = Set.copyOf(needs);
    }

    /** Whether the rule runs on an engine with these traits. */
    public boolean appliesTo(Set<EngineTrait> traits) {
        return traits.containsAll(needs);
    }
}
