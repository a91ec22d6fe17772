package io.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.command.safety.LintCommand;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.schema.Column;
import io.shale.schema.Table;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every column type spelling that {@code generate} writes on each engine (the inspector's
 * {@code ColumnType.display()}, which the renderers copy into migrations), linted with every rule
 * switched on: an added NOT NULL column of each spelling is MF101, a narrowed sized type is MF105,
 * a widened one is neither MF105 nor MF108.
 */
class LintTypeSpellingTest {
    /** Types each engine is asked to create; what it then reports is the spelling under test. */
    private static final Map<Engine, List<String>> DECLARED = Map.of(
            Engine.POSTGRES, List.of("varchar(100)", "char(10)", "numeric(10,2)", "integer", "bigint", "smallint",
                    "text", "boolean", "double precision", "real", "timestamp", "timestamptz", "date", "uuid",
                    "jsonb", "bytea", "character varying(100)", "character(10)", "int4", "int8"),
            Engine.MARIADB, List.of("varchar(100)", "char(10)", "decimal(10,2)", "int", "bigint", "smallint",
                    "tinyint", "text", "datetime", "double", "int unsigned", "bigint unsigned", "date",
                    "character varying(100)"),
            Engine.H2, List.of("varchar(100)", "char(10)", "numeric(10,2)", "integer", "bigint", "smallint",
                    "clob", "boolean", "double precision", "timestamp", "timestamp with time zone", "date",
                    "character varying(100)", "character(10)"),
            Engine.SQLITE, List.of("varchar(100)", "char(10)", "numeric(10,2)", "integer", "bigint", "text",
                    "character varying(100)", "character(10)", "real"));
    /** How each engine changes a column's type; SQLite cannot. */
    private static final Map<Engine, String> RETYPE = Map.of(Engine.POSTGRES, "ALTER TABLE w ALTER COLUMN %s TYPE %s;",
            Engine.MARIADB, "ALTER TABLE w MODIFY %s %s;", Engine.H2, "ALTER TABLE w ALTER COLUMN %s SET DATA TYPE %s;");
    /** Types whose size bounds the values: strings by length, numerics by precision. */
    private static final Pattern LENGTHED = Pattern.compile("(?i)^(character varying|varchar|character|char|numeric|decimal)\\(");
    private static final Pattern SIZE = Pattern.compile("\\((\\d+)(?:,\\s*(\\d+))?\\)");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB", "H2", "SQLITE"})
    void addedNotNullColumn_isFoundInEverySpellingGenerateWrites(Engine engine) throws Exception {
        List<String> spellings = spellings(engine);
        assertThat(spellings).as("the inspector's spellings").isNotEmpty();
        StringBuilder change = new StringBuilder();
        for (int i = 0; i < spellings.size(); i++) {
            change.append("ALTER TABLE t ADD COLUMN c").append(i).append(' ').append(spellings.get(i))
                    .append(" NOT NULL;\n");
        }
        LintCommand.Result r = LintHarness.lint(engine, dir, "CREATE TABLE t (id integer PRIMARY KEY);",
                change.toString(), optIn());
        for (int i = 0; i < spellings.size(); i++) {
            String needle = "column t.c" + i + " ";
            assertThat(r.findings()).as("MF101 for %s (%s)", spellings.get(i), r.findings())
                    .anySatisfy(f -> {
                        assertThat(f.code()).isEqualTo("MF101");
                        assertThat(f.message()).containsIgnoringCase(needle);
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB", "H2"})
    void narrowedColumn_isFoundInEverySizedSpelling_andWideningIsNot(Engine engine) throws Exception {
        List<String> sized = spellings(engine).stream().filter(s -> LENGTHED.matcher(s).find()).toList();
        assertThat(sized).as("sized spellings of %s", engine).hasSizeGreaterThanOrEqualTo(3);
        StringBuilder setup = new StringBuilder("CREATE TABLE w (");
        StringBuilder narrow = new StringBuilder();
        StringBuilder widen = new StringBuilder();
        for (int i = 0; i < sized.size(); i++) {
            setup.append(i == 0 ? "" : ", ").append('c').append(i).append(' ').append(sized.get(i));
            narrow.append(String.format(RETYPE.get(engine), "c" + i, resize(sized.get(i), n -> n / 2))).append('\n');
            widen.append(String.format(RETYPE.get(engine), "c" + i, resize(sized.get(i), n -> n * 2))).append('\n');
        }
        setup.append(");");
        LintCommand.Result narrowed = LintHarness.lint(engine, dir, setup.toString(), narrow.toString(), optIn());
        for (int i = 0; i < sized.size(); i++) {
            String needle = "narrows w.c" + i + " ";
            assertThat(narrowed.findings()).as("MF105 for %s (%s)", sized.get(i), narrowed.findings())
                    .anySatisfy(f -> assertThat(f.message().toLowerCase(java.util.Locale.ROOT)).startsWith(needle));
        }
        LintCommand.Result widened = LintHarness.lint(engine, dir, setup.toString(), widen.toString(), optIn());
        assertThat(LintHarness.codes(widened)).as("widening: %s", widened.findings())
                .doesNotContain("MF105", "MF108");
    }

    /** The spellings the engine's inspector reports for {@link #DECLARED}: what generate writes. */
    private static List<String> spellings(Engine engine) throws Exception {
        List<String> declared = DECLARED.get(engine);
        StringBuilder ddl = new StringBuilder("CREATE TABLE spellings (");
        for (int i = 0; i < declared.size(); i++) {
            ddl.append(i == 0 ? "" : ", ").append('s').append(i).append(' ').append(declared.get(i));
        }
        ddl.append(')');
        try (TestDatabase db = TestDatabases.create(engine)) {
            db.execute(ddl.toString());
            try (Connection c = db.connect()) {
                Dialect dialect = Dialects.detect(c);
                Table table = dialect.inspector().inspect(c, List.of(), t -> false).tables().stream()
                        .filter(t -> t.name().equalsIgnoreCase("spellings")).findFirst().orElseThrow();
                return table.columns().stream().map(Column::type).map(t -> t.display())
                        .distinct().collect(Collectors.toCollection(ArrayList::new));
            }
        }
    }

    private static String resize(String spelling, IntUnaryOperator f) {
        Matcher m = SIZE.matcher(spelling);
        if (!m.find()) {
            return spelling;
        }
        String size = "(" + f.applyAsInt(Integer.parseInt(m.group(1))) + (m.group(2) == null ? "" : "," + m.group(2)) + ")";
        return spelling.substring(0, m.start()) + size + spelling.substring(m.end());
    }

    private static Set<String> optIn() {
        return Rules.describe().stream().filter(RuleInfo::optIn).map(RuleInfo::code).collect(Collectors.toSet());
    }
}
