package io.shale.command.alembic;

import io.shale.testing.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Alembic project under {@code src/test/resources/alembic/shop} (six revisions: tables, an enum, an added
 * column, {@code op.bulk_insert} reference rows, raw {@code op.execute}, a data migration that reads rows),
 * copied into a test's folder, and the real Alembic of Debian's {@code /usr/bin/python3} to run it.
 */
final class AlembicProject {
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private AlembicProject() {
    }

    /** Whether Debian's Python has Alembic, SQLAlchemy and the drivers for both server engines. */
    static boolean alembicInstalled() {
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import alembic, sqlalchemy, psycopg2, pymysql")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Copies the project into {@code folder}; returns its script location (holding env.py and versions/). */
    static Path copy(Path folder) throws IOException, URISyntaxException {
        Path source = Path.of(AlembicProject.class.getResource("/alembic/shop/env.py").toURI()).getParent();
        Path target = folder.resolve("alembic");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".py")).toList()) {
                Path to = target.resolve(source.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        return target;
    }

    /** Adds a revision file to {@code versions/}. */
    static void addRevision(Path location, String id, String downRevision, String body) throws IOException {
        Files.writeString(location.resolve("versions/" + id + ".py"), "from alembic import op\n\nrevision = '" + id
                + "'\ndown_revision = " + downRevision + "\n\n\ndef upgrade():\n" + body + "\n\n\ndef downgrade():\n"
                + "    pass\n", StandardCharsets.UTF_8);
    }

    /** Runs {@code python3 -m alembic upgrade head} against {@code db}, as a team on Alembic does. */
    static void upgradeHead(Path location, TestDatabase db) throws IOException, InterruptedException {
        Path ini = location.resolveSibling("alembic.ini");
        Files.writeString(ini, "[alembic]\nscript_location = " + location + "\nsqlalchemy.url = "
                + sqlalchemyUrl(db).replace("%", "%%") + "\n", StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(List.of(PYTHON.toString(), "-m", "alembic", "-c", ini.toString(), "upgrade",
                "head")).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("alembic upgrade head failed:\n" + output);
        }
    }

    private static String sqlalchemyUrl(TestDatabase db) {
        String rest = db.url().substring("jdbc:".length());
        String scheme = rest.substring(0, rest.indexOf(':'));
        String hostAndDb = rest.substring(rest.indexOf("//") + 2).replaceAll("\\?.*", "");
        String driver = scheme.equals("postgresql") ? "postgresql" : "mysql+pymysql";
        String password = db.password() == null || db.password().isEmpty() ? "" : ":" + db.password();
        return driver + "://" + db.user() + password + "@" + hostAndDb;
    }
}
