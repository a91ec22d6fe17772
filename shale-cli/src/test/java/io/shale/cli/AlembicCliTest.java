package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team leaving Alembic, on the command line: {@code import --from alembic} and {@code adopt}, or one
 * {@code baseline} from the live database; either way {@code status} then says up to date.
 */
class AlembicCliTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path dir;

    @BeforeEach
    void needsAlembic() throws Exception {
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import alembic, sqlalchemy, psycopg2")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        Assumptions.assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0,
                "/usr/bin/python3 lacks alembic, sqlalchemy or psycopg2 (Debian: python3-alembic python3-psycopg2)");
    }

    @Test
    void importAndAdopt_takeOverTheDatabaseAlembicBuilt() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            server.createDatabase("app");
            writeProject(server);
            alembicUpgradeHead(server);
            Cli cli = new Cli(dir);

            Cli.Run imported = cli.run("import", "--from", "alembic", "alembic", "--python", PYTHON.toString(), "--json");
            assertThat(imported.exit()).as(imported.all()).isZero();
            JsonDoc doc = JsonDoc.parse(imported.out());
            assertThat(doc.at("tool")).isEqualTo("alembic");
            assertThat(doc.at("files.0.file")).isEqualTo("0001_countries.sql");
            assertThat(doc.at("files.0.originalId")).isEqualTo("r1");
            assertThat(doc.at("files.0.review")).isNull();
            assertThat((String) doc.at("files.1.review")).contains("offline mode could not render");
            assertThat(Files.readString(dir.resolve("db/migrations/0002_labels.sql"))).contains("-- shale:review",
                    "Germany!");

            Cli.Run adopted = cli.run("adopt", "--from", "alembic", "--yes");
            assertThat(adopted.exit()).as(adopted.all()).isZero();
            Cli.Run status = cli.run("status", "--json");
            assertThat(JsonDoc.parse(status.out()).at("upToDate")).as(status.all()).isEqualTo(true);
        }
    }

    @Test
    void baseline_fromTheLiveDatabase_isRecordedAsApplied() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            server.createDatabase("app");
            writeProject(server);
            alembicUpgradeHead(server);
            Cli cli = new Cli(dir);

            Cli.Run dry = cli.run("baseline", "--reference-data", "countr*", "--dry-run");
            assertThat(dry.exit()).as(dry.all()).isZero();
            assertThat(dry.out()).contains("CREATE TABLE", "'Germany'", "would write db/migrations/0001_baseline.sql");

            Cli.Run done = cli.run("baseline", "--reference-data", "countr*", "--yes", "--json");
            assertThat(done.exit()).as(done.all()).isZero();
            JsonDoc doc = JsonDoc.parse(done.out());
            assertThat(doc.at("file")).isEqualTo("db/migrations/0001_baseline.sql");
            assertThat(((Number) doc.at("rows")).intValue()).isEqualTo(4);
            assertThat(JsonDoc.parse(cli.run("status", "--json").out()).at("upToDate")).isEqualTo(true);
            String baseline = Files.readString(dir.resolve("db/migrations/0001_baseline.sql"));
            assertThat(baseline).contains("Germany!").doesNotContain("alembic_version");
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("app"), server.user(), "");
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM shale_history")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    private void writeProject(EmbeddedPostgresServer server) throws IOException {
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: " + server.jdbcUrl("app")
                + "\n  user: " + server.user() + "\n");
        Path versions = Files.createDirectories(dir.resolve("alembic/versions"));
        Files.writeString(dir.resolve("alembic/env.py"), """
                from alembic import context
                from sqlalchemy import engine_from_config, pool
                config = context.config
                if context.is_offline_mode():
                    context.configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
                    with context.begin_transaction():
                        context.run_migrations()
                else:
                    engine = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.",
                                                poolclass=pool.NullPool)
                    with engine.connect() as connection:
                        context.configure(connection=connection)
                        with context.begin_transaction():
                            context.run_migrations()
                """);
        Files.writeString(versions.resolve("r1.py"), """
                \"\"\"countries\"\"\"
                from alembic import op
                import sqlalchemy as sa
                revision = "r1"
                down_revision = None
                def upgrade():
                    t = op.create_table("countries", sa.Column("code", sa.String(2), primary_key=True),
                                        sa.Column("name", sa.String(50), nullable=False))
                    op.bulk_insert(t, [{"code": "DE", "name": "Germany"}, {"code": "FR", "name": "France"}])
                def downgrade():
                    op.drop_table("countries")
                """);
        Files.writeString(versions.resolve("r2.py"), """
                \"\"\"labels\"\"\"
                from alembic import op
                import sqlalchemy as sa
                revision = "r2"
                down_revision = "r1"
                def upgrade():
                    op.create_table("country_labels", sa.Column("code", sa.String(2), primary_key=True),
                                    sa.Column("label", sa.String(60), nullable=False))
                    conn = op.get_bind()
                    for code, name in conn.execute(sa.text("SELECT code, name FROM countries")).fetchall():
                        conn.execute(sa.text("INSERT INTO country_labels VALUES (:c, :l)"), {"c": code, "l": name + "!"})
                def downgrade():
                    op.drop_table("country_labels")
                """);
    }

    private void alembicUpgradeHead(EmbeddedPostgresServer server) throws Exception {
        String hostAndDb = server.jdbcUrl("app").replaceFirst("^jdbc:postgresql://", "").replaceAll("\\?.*", "");
        Files.writeString(dir.resolve("alembic.ini"), "[alembic]\nscript_location = " + dir.resolve("alembic")
                + "\nsqlalchemy.url = postgresql://" + server.user() + "@" + hostAndDb + "\n");
        Process p = new ProcessBuilder(PYTHON.toString(), "-m", "alembic", "-c", dir.resolve("alembic.ini").toString(),
                "upgrade", "head").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0).as(output).isTrue();
    }
}
