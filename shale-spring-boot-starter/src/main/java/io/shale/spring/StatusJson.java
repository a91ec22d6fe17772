package io.shale.spring;

import io.shale.command.history.StatusCommand;
import io.shale.history.MigrationState;
import io.shale.history.Reconciliation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document of {@code shale status --json} (docs/cli-json.md) as maps and lists in field order,
 * so that whichever JSON library the application has (Jackson 2 on Boot 3, Jackson 3 on Boot 4)
 * writes the same shape as the CLI. Fields only grow, as the CLI's do.
 */
final class StatusJson {
    private StatusJson() {
    }

    static Map<String, Object> of(StatusCommand.Result r) {
        Map<String, Object> database = new LinkedHashMap<>();
        database.put("engine", r.database().engine());
        database.put("name", r.database().database());
        database.put("user", r.database().user());
        database.put("url", r.database().url());
        database.put("serverVersion", r.database().version());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("database", database);
        json.put("environment", r.environment());
        json.put("currentVersion", r.currentVersion());
        json.put("latestVersion", r.latestVersion());
        json.put("upToDate", r.upToDate());
        json.put("problems", r.hasProblems());
        json.put("pending", r.count(MigrationState.PENDING));
        json.put("belowBaseline", r.belowBaseline().map(Reconciliation.Entry::script).orElse(null));
        List<Map<String, Object>> migrations = new ArrayList<>();
        for (Reconciliation.Entry e : r.entries()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("version", e.version());
            entry.put("script", e.script());
            entry.put("state", e.state().name());
            if (e.applied() != null) {
                entry.put("appliedAt", e.applied().appliedAt() == null ? null : e.applied().appliedAt().toString());
                entry.put("checksum", e.applied().checksum());
            }
            migrations.add(entry);
        }
        json.put("migrations", migrations);
        return json;
    }
}
