package io.shale.command.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shale.config.ModelsSettings;
import io.shale.config.TablePatterns;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.schema.Catalog;
import io.shale.schema.Table;
import io.shale.testing.Engine;
import io.shale.testing.Python;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code models: { command: ... }} on the real server engines: the command finds the empty scratch
 * database through the variables Shale sets, whatever it builds there is inspected, and a command
 * that fails or hangs is reported with its exit code and last lines of output.
 */
class CommandModelsTest {
    private static final TablePatterns SKIP = TablePatterns.of(List.of("shale_history", "shale_meta"));

    @TempDir
    Path dir;

    private static boolean unix() {
        return !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static Dialect dialect(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return Dialects.detect(c);
        }
    }

    private Catalog models(TestDatabase db, String line, Duration timeout) throws Exception {
        Dialect dialect = dialect(db);
        CatalogSources sources = new CatalogSources(dialect,
                ScratchDatabases.beside(dialect, db.url(), db.user(), db.password()), SKIP);
        return new CommandModels(dialect, new ModelsSettings.Command(line, timeout, dir)).catalog(sources);
    }

    private static String quote(Object path) {
        return "'" + path.toString().replace("'", "'\\''") + "'";
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void command_buildsTheSchemaThroughTheJdbcUrlItIsGiven_andItIsInspected(Engine engine) throws Exception {
        assumeTrue(unix(), "the command line is written for sh");
        String driver = engine == Engine.POSTGRES ? "org.postgresql.Driver" : "org.mariadb.jdbc.Driver";
        Path jar = Path.of(Class.forName(driver).getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.writeString(dir.resolve("CreateSchema.java"), """
                import java.sql.*;
                public class CreateSchema {
                    public static void main(String[] args) throws Exception {
                        try (Connection c = DriverManager.getConnection(System.getenv("SHALE_SCRATCH_JDBC_URL"));
                             Statement st = c.createStatement()) {
                            st.execute("CREATE TABLE made_by_command (id int PRIMARY KEY, note varchar(20) NOT NULL)");
                        }
                    }
                }
                """);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try (TestDatabase db = TestDatabases.create(engine)) {
            Catalog catalog = models(db, quote(java) + " -cp " + quote(jar) + " CreateSchema.java",
                    Duration.ofSeconds(120));

            assertThat(catalog.tables()).extracting(Table::name).containsExactly("made_by_command");
            Table table = catalog.tables().get(0);
            assertThat(table.column("note")).hasValueSatisfying(c -> assertThat(c.nullable()).isFalse());
            assertThat(db.tables()).as("the test database itself is untouched").isEmpty();
        }
    }

    @Test
    void command_findsThePostgresScratchDatabaseInDatabaseUrlAndThePgVariables_andBuildingNothingThereIsAnError()
            throws Exception {
        assumeTrue(unix(), "the command line is written for sh");
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            assertBuildsNothing(db);
            Map<String, String> vars = read(dir.resolve("vars.txt"));

            String name = vars.get("PGDATABASE");
            assertThat(name).startsWith("shale_scratch_models_");
            assertThat(vars.get("DATABASE_URL")).isEqualTo(vars.get("SHALE_SCRATCH_URL"))
                    .isEqualTo("postgresql://" + db.user() + "@" + vars.get("PGHOST") + ":" + vars.get("PGPORT")
                            + "/" + name);
            assertThat(vars.get("SHALE_SCRATCH_JDBC_URL"))
                    .startsWith("jdbc:postgresql://").contains("/" + name, "user=" + db.user());
            assertThat(vars.get("PGUSER")).isEqualTo(db.user());
            assertThat(db.url()).contains(":" + vars.get("PGPORT") + "/");
            assertThat(db.scalar("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'"))
                    .as("the scratch database is dropped").isEqualTo(0L);
        }
    }

    @Test
    void command_findsTheMariaDbScratchDatabaseWithItsRealPassword() throws Exception {
        assumeTrue(unix(), "the command line is written for sh");
        try (TestDatabase db = TestDatabases.create(Engine.MARIADB)) {
            assertBuildsNothing(db);
            Map<String, String> vars = read(dir.resolve("vars.txt"));

            assertThat(vars.get("MYSQL_DATABASE")).startsWith("shale_scratch_models_");
            assertThat(vars.get("MYSQL_USER")).isEqualTo(db.user());
            assertThat(vars.get("DATABASE_URL")).startsWith("mysql+pymysql://" + db.user())
                    .endsWith(":" + vars.get("MYSQL_TCP_PORT") + "/" + vars.get("MYSQL_DATABASE"));
            if (db.password() != null && !db.password().isEmpty()) {
                assertThat(vars.get("MYSQL_PWD")).isEqualTo(db.password());
                assertThat(vars.get("SHALE_SCRATCH_PASSWORD")).isEqualTo(db.password());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void sqlAlchemyCreateAll_throughDatabaseUrl_givesTheModelsCatalog(Engine engine) throws Exception {
        assumeTrue(Python.imports("sqlalchemy", "psycopg2", "pymysql"), Python.missing("sqlalchemy", "psycopg2", "pymysql"));
        Files.writeString(dir.resolve("create_schema.py"), """
                import os
                from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, create_engine
                metadata = MetaData()
                Table("author", metadata, Column("id", Integer, primary_key=True), Column("name", String(80), nullable=False))
                Table("book", metadata, Column("id", Integer, primary_key=True),
                      Column("author_id", Integer, ForeignKey("author.id"), nullable=False))
                metadata.create_all(create_engine(os.environ["DATABASE_URL"]))
                """);
        try (TestDatabase db = TestDatabases.create(engine)) {
            Catalog catalog = models(db, Python.INTERPRETER + " create_schema.py", Duration.ofSeconds(120));

            assertThat(catalog.tables()).extracting(Table::name).containsExactlyInAnyOrder("author", "book");
            assertThat(catalog.tables()).filteredOn(t -> t.name().equals("book"))
                    .singleElement().satisfies(t -> assertThat(t.foreignKeys()).hasSize(1));
        }
    }

    @Test
    void failingCommand_namesTheCommandItsExitCodeAndItsLast20Lines() throws Exception {
        assumeTrue(unix(), "the command line is written for sh");
        String line = "i=1; while [ $i -le 30 ]; do echo line $i; i=$((i+1)); done; echo no module named flask >&2; exit 3";
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            assertThatThrownBy(() -> models(db, line, Duration.ofSeconds(60)))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.MODELS_COMMAND_FAILED);
                        assertThat(e.getMessage()).contains("`" + line + "`", "exit code 3", dir.toString(),
                                "| line 12\n", "| line 30\n", "| no module named flask")
                                .doesNotContain("| line 11\n");
                        assertThat(e.hint()).contains("DATABASE_URL");
                    });
        }
    }

    @Test
    void commandRunningPastItsTimeout_isStoppedWithTheProcessesItStarted() throws Exception {
        assumeTrue(unix(), "the command line is written for sh");
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            assertThatThrownBy(() -> models(db, "sleep 300 & echo $! > child.pid; echo waiting; wait",
                    Duration.ofSeconds(2)))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.MODELS_COMMAND_FAILED);
                        assertThat(e.getMessage()).contains("did not finish within 2s", "| waiting");
                        assertThat(e.hint()).contains("models.timeout");
                    });
            long child = Long.parseLong(Files.readString(dir.resolve("child.pid")).strip());
            ProcessHandle.of(child).ifPresent(h -> h.onExit().orTimeout(30, TimeUnit.SECONDS).join());
            assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive)).as("the child `sleep 300`")
                    .isNotEqualTo(java.util.Optional.of(true));
        }
    }

    @Test
    void command_onAnEngineWhoseScratchDatabasesLiveInMemory_isRefusedBeforeItRuns() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.H2)) {
            assertThatThrownBy(() -> models(db, "touch ran.txt", Duration.ofSeconds(60)))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
                        assertThat(e.getMessage()).contains("models.command", "another program can reach");
                    });
            assertThat(dir.resolve("ran.txt")).doesNotExist();
        }
    }

    /** {@code env > vars.txt} succeeds but creates no table: refused, so that no "drop everything" is generated. */
    private void assertBuildsNothing(TestDatabase db) {
        assertThatThrownBy(() -> models(db, "env > vars.txt", Duration.ofSeconds(60)))
                .isInstanceOfSatisfying(ShaleException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MODELS_COMMAND_FAILED);
                    assertThat(e.getMessage()).contains("`env > vars.txt` exited with 0 but built no table",
                            "shale_scratch_models_");
                    assertThat(e.hint()).contains("DATABASE_URL", ".env");
                });
    }

    private static Map<String, String> read(Path envDump) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(envDump)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }
}
