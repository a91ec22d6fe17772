package io.shale.maven;

import io.shale.Shale;
import io.shale.command.generate.GenerateCommand;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.workspace.Workspace;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code shale generate}: write the next migration from the models. With JPA models and no
 * {@code models.jpa.classpath}, the project's compiled classes and compile dependencies are the
 * class path (run after {@code compile}: {@code mvn compile shale:generate -Dshale.message=...}).
 */
@Mojo(name = "generate", requiresProject = false, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public final class GenerateMojo extends AbstractShaleMojo {
    /** What the migration does (the CLI's {@code -m}); required. */
    @Parameter(property = "shale.message")
    String message;

    /** Rename hints, not a drop and an add: {@code TABLE.COLUMN=NEW_COLUMN} or {@code TABLE=NEW_TABLE}. */
    @Parameter(property = "shale.renames")
    List<String> renames;

    /** Print the SQL; write nothing. */
    @Parameter(property = "shale.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    protected void run(Workspace workspace) {
        if (message == null || message.isBlank()) {
            throw new ShaleException(ErrorCode.USAGE, "generate needs a message: what the migration does",
                    "run e.g. `mvn compile shale:generate -Dshale.message=add_users`, or set <message> in <configuration>");
        }
        GenerateCommand.Result r = Shale.of(workspace)
                .generate(new GenerateCommand.Options(message, RenameHints.parse(renames), dryRun));
        r.warnings().forEach(w -> warn("WARNING: " + w));
        if (!r.changed()) {
            say("No changes: the migrations already build the models.");
            return;
        }
        if (dryRun) {
            var dialect = workspace.dialect();
            say("-- migrate:up");
            r.up().forEach(st -> say(st.startsWith("--") ? st : dialect.scriptStatement(st)));
            say("-- migrate:down");
            r.down().forEach(st -> say(st.startsWith("--") ? st : dialect.scriptStatement(st)));
            return;
        }
        say("Wrote " + relative(r.file()) + " (" + r.up().size() + " statement(s) up, " + r.down().size()
                + " down). Review it before you commit it.");
    }
}
