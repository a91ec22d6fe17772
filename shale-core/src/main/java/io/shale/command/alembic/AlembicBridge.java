package io.shale.command.alembic;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.UrlDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs Alembic through {@code shale_alembic.py} (a resource beside this class) with the project's own
 * {@code env.py}. The database is handed over in {@code SHALE_ALEMBIC_*} variables, private to this package;
 * the helper turns the JDBC URL into a SQLAlchemy URL and also offers it as {@code DATABASE_URL} and
 * {@code SQLALCHEMY_DATABASE_URI} to an {@code env.py} that reads those.
 */
final class AlembicBridge {
    private static final long TIMEOUT_MINUTES = 10;

    private final Path python;
    private final Path scriptLocation;
    private final List<String> urlVariables;

    /**
     * @param python         the interpreter that has {@code alembic} and {@code sqlalchemy}
     * @param scriptLocation the folder holding {@code env.py} and {@code versions/}
     * @param urlVariables   more environment variables the project's {@code env.py} reads the URL from; each is
     *                       set to the URL Shale hands over (as {@code DATABASE_URL} always is)
     */
    AlembicBridge(Path python, Path scriptLocation, List<String> urlVariables) {
        this.python = python;
        this.scriptLocation = scriptLocation;
        this.urlVariables = List.copyOf(urlVariables);
    }

    /**
     * Runs one mode of the helper against {@code db} (for offline modes only its URL's engine matters).
     *
     * @return the helper's JSON document
     * @throws ShaleException IMPORT_TOOL_FAILED when Python cannot start, fails, or Alembic reports an error
     */
    Map<String, Object> run(UrlDataSource db, String... args) {
        Path work = null;
        try {
            work = Files.createTempDirectory("shale-alembic");
            Path helper = work.resolve("shale_alembic.py");
            try (InputStream in = AlembicBridge.class.getResourceAsStream("shale_alembic.py")) {
                Files.write(helper, in.readAllBytes());
            }
            Path out = work.resolve("out.json");
            Path log = work.resolve("log.txt");
            List<String> command = new ArrayList<>(List.of(python.toString(), helper.toString()));
            command.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(command).directory(projectRoot().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.put("SHALE_ALEMBIC_DIR", scriptLocation.toAbsolutePath().toString());
            env.put("SHALE_ALEMBIC_OUT", out.toString());
            env.put("SHALE_ALEMBIC_JDBC_URL", db.url());
            putIfSet(env, "SHALE_ALEMBIC_USER", db.user());
            putIfSet(env, "SHALE_ALEMBIC_PASSWORD", db.password());
            env.put("SHALE_ALEMBIC_URL_VARIABLES", String.join(" ", urlVariables));
            String pythonPath = env.get("PYTHONPATH");
            env.put("PYTHONPATH", projectRoot() + (pythonPath == null || pythonPath.isEmpty() ? "" : ":" + pythonPath));
            Process p = start(pb);
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw failed("Alembic (" + String.join(" ", args) + ") did not finish within " + TIMEOUT_MINUTES
                        + " minutes", tail(log), "check that env.py does not wait for input or an unreachable server");
            }
            if (!Files.exists(out)) {
                throw failed("Alembic (" + String.join(" ", args) + ") ended with exit code " + p.exitValue(), tail(log),
                        "run `" + python + " -c \"import alembic, sqlalchemy\"`; pass --python PATH for an "
                                + "interpreter that has both");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(out, StandardCharsets.US_ASCII));
            Object error = result.get("error");
            if (error != null) {
                throw failed("Alembic failed in " + scriptLocation + " (" + String.join(" ", args) + "): " + error,
                        tail(log), hint(error.toString()));
            }
            return result;
        } catch (IOException e) {
            throw failed("Could not run Alembic for " + scriptLocation + ": " + e.getMessage(), "",
                    "check that the temporary folder is writable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("Interrupted while Alembic ran for " + scriptLocation, "", "run the import again");
        } finally {
            deleteQuietly(work);
        }
    }

    private Path projectRoot() {
        Path parent = scriptLocation.toAbsolutePath().getParent();
        return parent == null ? scriptLocation.toAbsolutePath() : parent;
    }

    private Process start(ProcessBuilder pb) {
        try {
            return pb.start();
        } catch (IOException e) {
            throw failed("Could not start Python at " + python + ": " + e.getMessage(), "",
                    "install Python 3 with Alembic and SQLAlchemy, or pass --python PATH");
        }
    }

    private String hint(String error) {
        if (error.contains("No module named")) {
            return python + " lacks a module the project needs: install it (Debian: python3-alembic, python3-psycopg2, "
                    + "python3-pymysql) or pass --python PATH";
        }
        if (error.contains("current_app") || error.contains("application context")) {
            return "this env.py reads a Flask app (Flask-Migrate); see docs/coming-from-alembic.md, Flask-Migrate";
        }
        return "fix the revision or env.py so that `alembic upgrade head` runs, then import again";
    }

    private static ShaleException failed(String message, String output, String hint) {
        return new ShaleException(ErrorCode.IMPORT_TOOL_FAILED,
                message + (output.isBlank() ? "" : "\nAlembic's output (last lines):\n" + output), hint);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static void putIfSet(Map<String, String> env, String key, String value) {
        if (value != null) {
            env.put(key, value);
        } else {
            env.remove(key);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
