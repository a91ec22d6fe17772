package io.shale.lint;

import java.util.Set;

/** A rule: its description and its check. */
record Rule(RuleInfo info, Check check) {
    static final Set<String> POSTGRES = Set.of("postgresql");
    static final Set<String> ALL = Set.of();

    static Rule of(String code, Severity severity, String title, String hint, Set<String> dialects, Check check) {
        return new Rule(new RuleInfo(code, severity, title, hint, false, dialects), check);
    }

    static Rule optIn(String code, Severity severity, String title, String hint, Set<String> dialects, Check check) {
        return new Rule(new RuleInfo(code, severity, title, hint, true, dialects), check);
    }

    String code() {
        return info.code();
    }
}
