package io.shale.data;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.List;
import java.util.Map;

/**
 * What {@code purge} deletes: the rows of {@code table} matching {@code where} (with {@code :name}
 * parameters), and everything that depends on them.
 *
 * @param name   the rule's name in the config, or null for an ad hoc rule
 * @param params the parameters the rule declares (informative; every {@code :name} must be given)
 */
public record PurgeRule(String name, String table, String where, List<String> params) {
    public PurgeRule {
        params = List.copyOf(params);
    }

    public static PurgeRule adHoc(String table, String where) {
        return new PurgeRule(null, table, where, List.of());
    }

    /**
     * The rule {@code name} from the raw {@code purge:} value of the config.
     *
     * @throws ShaleException when there is no such rule
     */
    public static PurgeRule fromConfig(Object purgeSection, String name) {
        Map<?, ?> rules = purgeSection instanceof Map<?, ?> m ? m : Map.of();
        if (!(rules.get(name) instanceof Map<?, ?> rule)) {
            throw new ShaleException(ErrorCode.USAGE, "There is no purge rule '" + name + "' in the configuration"
                    + (rules.isEmpty() ? "" : " (rules: " + String.join(", ", rules.keySet().stream().map(String::valueOf)
                    .sorted().toList()) + ")"), "add it under `purge:` in shale.yaml, or use --table and --where");
        }
        Object params = rule.get("params");
        return new PurgeRule(name, String.valueOf(rule.get("table")), String.valueOf(rule.get("where")),
                params instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of());
    }

    /** How messages name it. */
    public String describe() {
        return (name == null ? "" : "rule '" + name + "': ") + "rows of " + table + " where " + where;
    }
}
