package io.shale.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Python with its packages (python3-sqlalchemy, python3-psycopg2, python3-pymysql), for tests
 * that let a Python ORM build a schema. The interpreter is named by its full path: the {@code python3}
 * first on PATH may be another one that does not see Debian's packages.
 */
public final class Python {
    public static final Path INTERPRETER = Path.of("/usr/bin/python3");

    private Python() {
    }

    /** True when {@link #INTERPRETER} runs {@code import} of every module named. */
    public static boolean imports(String... modules) {
        if (!Files.isExecutable(INTERPRETER)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(INTERPRETER.toString(), "-c", "import " + String.join(", ", modules))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The reason a test gives when it skips for want of the modules. */
    public static String missing(String... modules) {
        return INTERPRETER + " cannot import " + String.join(", ", modules)
                + " (install Debian's python3-sqlalchemy, python3-psycopg2 and python3-pymysql; .ci/run does)";
    }
}
