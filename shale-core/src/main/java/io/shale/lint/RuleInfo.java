package io.shale.lint;

import java.util.Set;

/**
 * What a rule is, for documentation and {@code --enable} validation.
 *
 * @param code      stable: never reused for another rule
 * @param severity  fixed per rule
 * @param title     what the rule catches, one line
 * @param hint      the safe alternative
 * @param optIn     off unless enabled by code
 * @param dialects  the dialect names it applies to; empty for every engine
 */
public record RuleInfo(String code, Severity severity, String title, String hint, boolean optIn, Set<String> dialects) {
    public RuleInfo {
        dialects = Set.copyOf(dialects);
    }

    public boolean appliesTo(String dialect) {
        return dialects.isEmpty() || dialects.contains(dialect);
    }
}
