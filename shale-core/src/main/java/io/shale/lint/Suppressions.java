package io.shale.lint;

import io.shale.migration.Directive;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code -- shale:lint-ignore CODE[,CODE...] reason} directives of one file. One before
 * {@code -- migrate:up} silences its codes for the whole file; one on the line(s) directly above a
 * statement silences them for that statement. A directive without a reason silences nothing and is
 * itself a finding.
 */
final class Suppressions {
    static final String NO_REASON = "LT101";
    static final String UNKNOWN_CODE = "LT102";

    private final Map<Integer, Set<String>> byLine = new HashMap<>();
    private final Set<Integer> directiveLines = new java.util.HashSet<>();
    private final Set<String> wholeFile = new java.util.HashSet<>();
    private final List<Finding> problems = new ArrayList<>();

    Suppressions(Path file, List<Directive> directives, int upLine, Map<String, RuleInfo> rules) {
        for (Directive d : directives) {
            if (!d.name().equals(Directive.LINT_IGNORE)) {
                continue;
            }
            directiveLines.add(d.line());
            String[] parts = d.args().strip().split("\\s+", 2);
            Set<String> codes = new java.util.HashSet<>();
            for (String c : parts[0].split(",")) {
                String code = c.strip().toUpperCase(Locale.ROOT);
                if (code.isEmpty()) {
                    continue;
                }
                if (!rules.containsKey(code)) {
                    problems.add(finding(rules, UNKNOWN_CODE, "lint-ignore names " + code
                            + ", which is not a lint rule", file, d.line()));
                }
                codes.add(code);
            }
            if (parts.length < 2 || parts[1].isBlank()) {
                problems.add(finding(rules, NO_REASON, "lint-ignore " + parts[0] + " gives no reason", file, d.line()));
                continue;
            }
            if (d.line() < upLine) {
                wholeFile.addAll(codes);
            } else {
                byLine.put(d.line(), codes);
            }
        }
    }

    /** Findings about the directives themselves. */
    List<Finding> problems() {
        return List.copyOf(problems);
    }

    /** Whether {@code code} is silenced for the statement whose first token is on {@code line}. */
    boolean suppressed(String code, int line) {
        if (wholeFile.contains(code)) {
            return true;
        }
        for (int l = line - 1; directiveLines.contains(l); l--) {
            Set<String> codes = byLine.get(l);
            if (codes != null && codes.contains(code)) {
                return true;
            }
        }
        return false;
    }

    private static Finding finding(Map<String, RuleInfo> rules, String code, String message, Path file, int line) {
        RuleInfo info = rules.get(code);
        return new Finding(code, info.severity(), message, file, line, info.hint());
    }
}
