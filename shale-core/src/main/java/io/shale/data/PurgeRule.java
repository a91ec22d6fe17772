package io.shale.data;

import java.util.List;

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

    /** How messages name it. */
    public String describe() {
        return (name == null ? "" : "rule '" + name + "': ") + "rows of " + table + " where " + where;
    }
}
