package io.shale.lint;

import io.shale.dialect.EngineTrait;
import java.util.Set;

/** A rule: its description and its check. */
record Rule(RuleInfo info, Check check) {
    /** Needs nothing: runs on every engine. */
    static final Set<EngineTrait> ALL = Set.of();
    static final Set<EngineTrait> CONCURRENT_INDEXES = Set.of(EngineTrait.CONCURRENT_INDEX_DDL);
    static final Set<EngineTrait> NOT_VALID = Set.of(EngineTrait.DEFERRED_CONSTRAINT_VALIDATION);
    static final Set<EngineTrait> REWRITES = Set.of(EngineTrait.EXCLUSIVE_TABLE_REWRITES);
    static final Set<EngineTrait> ENUM_TYPES = Set.of(EngineTrait.ALTERABLE_ENUM_TYPES);
    static final Set<EngineTrait> LONG_NAMES = Set.of(EngineTrait.TRUNCATES_LONG_IDENTIFIERS);

    static Rule of(String code, Severity severity, String title, String hint, Set<EngineTrait> needs, Check check) {
        return new Rule(new RuleInfo(code, severity, title, hint, false, needs), check);
    }

    static Rule optIn(String code, Severity severity, String title, String hint, Set<EngineTrait> needs, Check check) {
        return new Rule(new RuleInfo(code, severity, title, hint, true, needs), check);
    }

    String code() {
        return info.code();
    }
}
