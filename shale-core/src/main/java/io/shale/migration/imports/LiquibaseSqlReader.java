package io.shale.migration.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquibase "formatted SQL" changelogs: every {@code .sql} file under the folder that starts with
 * {@code --liquibase formatted sql}, in path order (as {@code includeAll} reads them). Each
 * {@code --changeset author:id} becomes one migration; its {@code --rollback} lines and
 * {@code /* liquibase rollback ... *}{@code /} blocks become the down section, taken out of the up text;
 * {@code runInTransaction:false} becomes {@code -- shale:no-transaction}. XML, YAML and JSON changelogs
 * are reported.
 */
final class LiquibaseSqlReader implements ToolReader {
    private static final Pattern HEADER = Pattern.compile("^\\s*--\\s*liquibase\\s+formatted\\s+sql.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGESET = Pattern.compile(
            "^\\s*--\\s*changeset\\s+(\"[^\"]+\"|[^:\\s]+):\\s*(\"[^\"]+\"|\\S+)(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLLBACK = Pattern.compile("^\\s*--\\s*rollback\\s?(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLLBACK_BLOCK = Pattern.compile("^\\s*/\\*\\s*liquibase\\s+rollback\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+):(\\S+)");

    @Override
    public ImportPlan read(Path folder) {
        List<ImportedMigration> out = new ArrayList<>();
        List<ImportPlan.Skipped> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String rel : SqlText.files(folder)) {
            String lower = rel.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xml") || lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
                skipped.add(new ImportPlan.Skipped(rel, "an XML, YAML or JSON changelog",
                        "have Liquibase write it as SQL (`liquibase update-sql`, or `generate-changelog "
                                + "--changelog-file=x.sql`), save it as formatted SQL and import again"));
            } else if (lower.endsWith(".sql")) {
                String text = SqlText.read(folder.resolve(rel));
                if (!HEADER.matcher(text.lines().findFirst().orElse("")).matches()) {
                    skipped.add(new ImportPlan.Skipped(rel, "a plain SQL file (no `--liquibase formatted sql` first line)",
                            "if a changelog includes it with <sqlFile>, paste it into a new migration at that place"));
                } else {
                    readChangelog(rel, text, out, warnings);
                }
            }
        }
        return new ImportPlan(out, skipped, warnings);
    }

    private static void readChangelog(String rel, String text, List<ImportedMigration> out, List<String> warnings) {
        String[] lines = text.split("\n", -1);
        Matcher header = null;
        StringBuilder up = new StringBuilder();
        StringBuilder down = null;
        boolean inRollbackBlock = false;
        for (String line : lines) {
            Matcher cs = CHANGESET.matcher(line);
            if (inRollbackBlock) {
                if (line.strip().equals("*/")) {
                    inRollbackBlock = false;
                } else {
                    down.append(line).append('\n');
                }
            } else if (cs.matches()) {
                flush(rel, header, up, down, out, warnings);
                header = cs;
                up = new StringBuilder();
                down = null;
            } else if (header == null) {
                if (line.strip().toLowerCase(Locale.ROOT).startsWith("--include")) {
                    warnings.add(rel + ": `" + line.strip() + "` is not followed; import the included file's folder too");
                }
            } else if (ROLLBACK.matcher(line).matches()) {
                Matcher r = ROLLBACK.matcher(line);
                r.matches();
                down = down == null ? new StringBuilder() : down;
                down.append(r.group(1)).append('\n');
            } else if (ROLLBACK_BLOCK.matcher(line).matches()) {
                inRollbackBlock = true;
                down = down == null ? new StringBuilder() : down;
            } else {
                up.append(line).append('\n');
            }
        }
        flush(rel, header, up, down, out, warnings);
    }

    private static void flush(String rel, Matcher header, StringBuilder up, StringBuilder down,
                              List<ImportedMigration> out, List<String> warnings) {
        if (header == null) {
            return;
        }
        String author = unquote(header.group(1));
        String id = unquote(header.group(2));
        boolean transactional = true;
        Matcher attr = ATTRIBUTE.matcher(header.group(3));
        while (attr.find()) {
            String key = attr.group(1).toLowerCase(Locale.ROOT);
            String value = attr.group(2);
            if (key.equals("runintransaction") && value.equalsIgnoreCase("false")) {
                transactional = false;
            } else if ((key.equals("runalways") || key.equals("runonchange")) && value.equalsIgnoreCase("true")) {
                warnings.add(rel + " change set " + author + ":" + id + " has " + attr.group() + "; Shale runs it once");
            } else if (key.equals("enddelimiter") || key.equals("splitstatements")) {
                warnings.add(rel + " change set " + author + ":" + id + " has " + attr.group()
                        + "; Shale splits statements by the engine's own rules: check the file");
            } else if (key.equals("context") || key.equals("contexts") || key.equals("labels") || key.equals("dbms")) {
                warnings.add(rel + " change set " + author + ":" + id + " has " + attr.group()
                        + "; Shale runs every migration on every database");
            }
        }
        String downText = null;
        if (down != null) {
            String d = down.toString().strip();
            if (d.equalsIgnoreCase("not required") || d.equalsIgnoreCase("empty") || d.isEmpty()) {
                downText = ImportedMigration.NOTHING_TO_UNDO;
            } else if (d.toLowerCase(Locale.ROOT).startsWith("changesetid:")) {
                warnings.add(rel + " change set " + author + ":" + id + " rolls back by naming another change set ("
                        + d + "); write its down section by hand");
            } else {
                downText = down.toString();
            }
        }
        String description = id.matches(".*[A-Za-z].*") ? id : baseName(rel) + " " + id;
        out.add(new ImportedMigration(author + ":" + id, rel, description, strip(up.toString()), downText,
                transactional));
    }

    private static String strip(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\n') {
            start++;
        }
        return text.substring(start);
    }

    private static String baseName(String rel) {
        String name = SqlText.fileName(rel);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
