package io.shale.maven;

import io.shale.Shale;
import io.shale.command.lifecycle.PurgeCommand;
import io.shale.data.PurgeRule;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.run.Confirmation;
import io.shale.workspace.Workspace;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shale purge RULE}: delete the rows a rule under {@code purge:} matches and every row that
 * depends on them, children first, in one transaction. Parameters come from {@code <params>} and
 * from {@code -Dshale.param.NAME=VALUE}; they are bound, never spliced.
 */
@Mojo(name = "purge", requiresProject = false, threadSafe = true)
public final class PurgeMojo extends DestructiveMojo {
    static final String PARAM_PREFIX = "shale.param.";

    /** A rule under {@code purge:} in shale.yaml; required. */
    @Parameter(property = "shale.rule")
    String rule;

    /** Parameter values of the rule. */
    @Parameter
    Map<String, String> params;

    /** Print the rows per table that would be deleted; change nothing (needs no confirmation). */
    @Parameter(property = "shale.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    protected void run(Workspace workspace) {
        if (rule == null || rule.isBlank()) {
            throw new ShaleException(ErrorCode.USAGE, "purge needs the name of a rule under `purge:`",
                    "run e.g. `mvn shale:purge -Dshale.rule=functional-test-users -Dshale.param.prefix=func-test-`");
        }
        PurgeRule purgeRule = workspace.purgeRule(rule);
        Shale shale = Shale.of(workspace);
        Confirmation confirmation = dryRun ? Confirmation.NONE
                : confirmation(workspace, identity(shale), "purge " + purgeRule.describe() + " from");
        PurgeCommand.Result r = shale.purge(new PurgeCommand.Options(purgeRule, values(), dryRun, workspace.exclude(),
                confirmation));
        r.counts().forEach((t, n) -> say(String.format("%10d  %s", n, t)));
        say((dryRun ? "Would delete " : "Deleted ") + r.total() + " rows in " + r.counts().size() + " tables"
                + (dryRun ? " (dry run: nothing was changed)." : "."));
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        if (params != null) {
            values.putAll(params);
        }
        Properties user = session.getUserProperties();
        for (String name : user.stringPropertyNames()) {
            if (name.startsWith(PARAM_PREFIX)) {
                values.put(name.substring(PARAM_PREFIX.length()), user.getProperty(name));
            }
        }
        return values;
    }
}
