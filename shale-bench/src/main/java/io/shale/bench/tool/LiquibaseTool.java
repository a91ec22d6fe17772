package io.shale.bench.tool;

import io.shale.bench.workload.Script;
import io.shale.bench.workload.Workload;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase with formatted SQL: one {@code changes/NNNN_slug.sql} per migration holding one
 * change set ({@code --changeset bench:<n>}, plus {@code runInTransaction:false} where needed),
 * each included in order from {@code changelog.xml}, which is how Liquibase's documentation lays
 * out a project of SQL files. The console UI is routed to the (silenced) log.
 *
 * <p>Liquibase runs these statements as JDBC prepared statements, so the driver takes a bare
 * {@code ?} (PostgreSQL's jsonb "has key" operator, once in langfuse) for a parameter; the
 * conversion writes it as {@code ??}, the driver's escape, as a Liquibase user has to. Liquibase
 * also refuses a change set without SQL (kratos has 19 empty migrations), so those hold
 * {@code SELECT 1;}.
 */
final class LiquibaseTool implements Tool {
    static final String CHANGELOG = "changelog.xml";
    private static final Pattern LONE_QUESTION_MARK = Pattern.compile("(?<=\\s)\\?(?=\\s)");

    @Override
    public String name() {
        return "liquibase";
    }

    @Override
    public void write(Workload workload, Path dir) throws Exception {
        Path changes = Files.createDirectories(dir.resolve("changes"));
        StringBuilder master = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                """);
        for (Script s : workload.scripts()) {
            String file = String.format("%04d_%s.sql", s.version(), s.slug());
            Files.writeString(changes.resolve(file), "--liquibase formatted sql\n\n--changeset bench:" + s.version()
                    + (s.transactional() ? "" : " runInTransaction:false") + "\n" + body(s.sql()) + "\n");
            master.append("    <include file=\"changes/").append(file).append("\" relativeToChangelogFile=\"true\"/>\n");
        }
        master.append("</databaseChangeLog>\n");
        Files.writeString(dir.resolve(CHANGELOG), master);
    }

    private static String body(String sql) {
        boolean empty = sql.replaceAll("(?m)--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "").isBlank();
        return empty ? sql + "\nSELECT 1; -- the original migration holds no statement\n" : escapeOperators(sql);
    }

    /** Doubles a {@code ?} that stands alone between white space, outside {@code --} comment lines. */
    static String escapeOperators(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        for (String line : sql.split("\n", -1)) {
            out.append(line.stripLeading().startsWith("--") ? line : LONE_QUESTION_MARK.matcher(line).replaceAll("??"))
                    .append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    @Override
    public void migrate(Path dir, io.shale.bench.tool.Database db) throws Exception {
        run(dir, db, liquibase -> {
            liquibase.update(new Contexts(), new LabelExpression());
            return 0L;
        });
    }

    @Override
    public long status(Path dir, io.shale.bench.tool.Database db) throws Exception {
        return run(dir, db, liquibase -> {
            StringWriter out = new StringWriter();
            liquibase.reportStatus(true, new Contexts(), new LabelExpression(), out);
            return (long) out.getBuffer().length();
        });
    }

    private interface Work {
        long run(Liquibase liquibase) throws Exception;
    }

    private static long run(Path dir, io.shale.bench.tool.Database db, Work work) throws Exception {
        return Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(db.connect()));
            try (Liquibase liquibase = new Liquibase(CHANGELOG, new DirectoryResourceAccessor(dir), database)) {
                return work.run(liquibase);
            }
        });
    }
}
