package io.shale.command.alembic;

import io.shale.command.adopt.ImportCommand;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchProvider;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.UrlDataSource;
import io.shale.migration.imports.ImportPlan;
import io.shale.migration.imports.ImportWriter;
import io.shale.migration.imports.ImportedMigration;
import io.shale.migration.imports.SourceTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@code shale import --from alembic DIR}: converts an Alembic project's revisions into Shale files, in
 * {@code down_revision} order. Each file's sections are Alembic's own offline SQL
 * ({@code upgrade PREV:REV --sql}, {@code downgrade REV:PREV --sql}) rendered by the project's {@code env.py}
 * for the managed engine, without the statements on Alembic's version table. A revision that offline mode
 * cannot render (a data migration that reads rows) is applied online to a scratch database instead; what it
 * changed there is written, and the file is marked {@code -- shale:review} with the reason. Touches no database
 * but scratch ones; {@code shale adopt --from alembic} then takes over databases Alembic built.
 */
public final class AlembicImportCommand {

    /**
     * @param folder the Alembic script folder (holding {@code env.py} and {@code versions/}) or its
     *               {@code versions/} folder
     * @param target the Shale migrations folder
     * @param python the interpreter with {@code alembic} and {@code sqlalchemy}; null for {@code python3}
     * @param dryRun convert and report, write nothing
     * @param force  write into a folder that already holds migrations, numbering after them
     * @param urlVariables environment variables the project's {@code env.py} reads the database URL from, besides
     *               {@code DATABASE_URL} and {@code SQLALCHEMY_DATABASE_URI}; Shale sets them to the scratch database
     */
    public record Options(Path folder, Path target, Path python, boolean dryRun, boolean force,
                          List<String> urlVariables) {
        public Options {
            urlVariables = List.copyOf(urlVariables);
        }

        public Options(Path folder, Path target, Path python, boolean dryRun, boolean force) {
            this(folder, target, python, dryRun, force, List.of());
        }
    }

    private final Dialect dialect;
    private final ScratchProvider scratch;
    private final UrlDataSource engineUrl;
    private final Predicate<String> skipTable;

    /**
     * @param database  the managed database when it has a URL (only its engine matters: nothing is run on it), or
     *                  null to name the engine by its URL prefix
     * @param skipTable tables left out of captured changes (Alembic's version table is always left out)
     */
    public AlembicImportCommand(Dialect dialect, ScratchProvider scratch, UrlDataSource database,
                                Predicate<String> skipTable) {
        this.dialect = dialect;
        this.scratch = scratch;
        this.engineUrl = database != null ? database
                : new UrlDataSource(dialect.urlPrefixes().get(0) + "//localhost/shale", null, null);
        this.skipTable = skipTable.or(t -> t.equalsIgnoreCase("alembic_version"));
    }

    /**
     * @throws ShaleException MIGRATIONS_DIR_MISSING when the folder holds no {@code env.py}; IMPORT_BRANCHED_HISTORY
     *         for several heads or a merge; IMPORT_TOOL_FAILED when Alembic cannot run; MIGRATION_DUPLICATE_VERSION
     *         for a target that holds migrations without {@code force}
     */
    @SuppressWarnings("unchecked")
    public ImportCommand.Result run(Options options) {
        Path location = scriptLocation(options.folder());
        AlembicBridge bridge = new AlembicBridge(options.python() == null ? Path.of("python3") : options.python(),
                location, options.urlVariables());
        List<AlembicRevisions.Revision> revisions = AlembicRevisions.linear(bridge.run(engineUrl, "revisions"),
                location);
        List<Map<String, Object>> rendered = (List<Map<String, Object>>) bridge.run(engineUrl, "offline")
                .get("revisions");
        OnlineCapture online = new OnlineCapture(dialect, scratch, bridge, skipTable);
        List<ImportedMigration> migrations = new ArrayList<>();
        List<String> ups = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String previous = "base";
        for (int i = 0; i < revisions.size(); i++) {
            AlembicRevisions.Revision r = revisions.get(i);
            Map<String, Object> sql = rendered.get(i);
            if (!r.id().equals(sql.get("revision"))) {
                throw new ShaleException(ErrorCode.INTERNAL, "Alembic listed " + r.id() + " but rendered "
                        + sql.get("revision"), "report this as a bug");
            }
            String up;
            String down;
            String review = null;
            if (sql.containsKey("up")) {
                up = offline((List<String>) sql.get("up"), "-- nothing to do: the revision's upgrade() emits no SQL");
            } else {
                OnlineCapture.Captured c = online.capture(ups, previous, r.id());
                review = "Alembic's offline mode could not render this revision (" + sql.get("upError")
                        + "); its effect on a scratch database holding the rows of the earlier files was captured: "
                        + "check it does what the revision does to real rows";
                up = captured(c.up(), "-- the revision changed nothing in the scratch database");
                if (!sql.containsKey("down")) {
                    sql.put("downCaptured", captured(c.down(), ""));
                }
                c.warnings().forEach(w -> warnings.add(r.source() + ": " + w));
                warnings.add(r.source() + ": captured online, marked -- shale:review");
            }
            if (sql.containsKey("down")) {
                List<String> statements = (List<String>) sql.get("down");
                down = statements.isEmpty() ? ImportedMigration.NOTHING_TO_UNDO : offline(statements, "");
            } else if (sql.containsKey("downCaptured")) {
                down = (String) sql.get("downCaptured");
            } else {
                down = null;
                warnings.add(r.source() + ": its downgrade() could not be rendered offline (" + sql.get("downError")
                        + "): the file has no down section");
            }
            migrations.add(new ImportedMigration(r.id(), r.source(), r.doc().isBlank() ? r.id() : r.doc(), up, down,
                    true, review));
            ups.add(up);
            previous = r.id();
        }
        ImportPlan plan = new ImportPlan(migrations, List.of(), warnings);
        List<ImportWriter.Planned> files = options.dryRun()
                ? ImportWriter.plan(options.target(), SourceTool.ALEMBIC, plan,
                        ImportWriter.firstVersion(options.target(), options.force()))
                : ImportWriter.write(options.target(), SourceTool.ALEMBIC, plan, options.force());
        return new ImportCommand.Result(files, plan.skipped(), plan.warnings(), !options.dryRun());
    }

    /** The folder holding {@code env.py}: the one given, or its parent when given {@code versions/}. */
    static Path scriptLocation(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        if (Files.isRegularFile(abs.resolve("env.py"))) {
            return abs;
        }
        if (abs.getParent() != null && Files.isRegularFile(abs.getParent().resolve("env.py"))) {
            return abs.getParent();
        }
        throw new ShaleException(ErrorCode.MIGRATIONS_DIR_MISSING, "No Alembic env.py in " + abs
                + (abs.getParent() == null ? "" : " or " + abs.getParent()),
                "pass the Alembic folder that holds env.py and versions/ (the script_location of alembic.ini)");
    }

    private static String offline(List<String> statements, String whenEmpty) {
        return statements.isEmpty() ? whenEmpty + "\nSELECT 1;" : String.join("\n\n", statements);
    }

    private String captured(List<String> statements, String whenEmpty) {
        if (statements.isEmpty()) {
            return whenEmpty.isEmpty() ? ImportedMigration.NOTHING_TO_UNDO : whenEmpty + "\nSELECT 1;";
        }
        StringBuilder sb = new StringBuilder();
        for (String s : statements) {
            sb.append(sb.length() == 0 ? "" : "\n").append(dialect.scriptStatement(s));
        }
        return sb.toString();
    }
}
