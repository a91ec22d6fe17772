package io.shale.config;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Resolves {@code ${VAR}} and {@code ${VAR:-default}} in configuration values; {@code $$} is a
 * literal {@code $} and any other {@code $} is kept as written. A variable is looked up in the
 * process environment, then in the {@code .env} file, which is read only when first needed. As in a
 * shell, the default replaces a variable that is unset or empty. A statement of {@code .env} that
 * cannot be read is an error only when a variable is found nowhere, since that statement may be the
 * one meant to set it. One instance serves one load.
 */
final class Variables {
    private final Map<String, String> environment;
    private final Path dotEnvFile;
    private final String dotEnvShownAs;
    private DotEnv.Contents dotEnv;

    Variables(Map<String, String> environment, Path dotEnvFile, String dotEnvShownAs) {
        this.environment = environment;
        this.dotEnvFile = dotEnvFile;
        this.dotEnvShownAs = dotEnvShownAs;
    }

    /**
     * {@code text} with every reference replaced.
     *
     * @param key    the key path the value belongs to, for messages
     * @param secret true when the value must never be quoted (a password)
     * @throws ShaleException CONFIG_UNRESOLVED_VARIABLE for an unset variable without default,
     *                        CONFIG_BAD_VALUE for a malformed reference
     */
    String expand(String text, String key, Origin origin, boolean secret) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && text.startsWith("$", i + 1)) {
                out.append('$');
                i += 2;
            } else if (c == '$' && text.startsWith("{", i + 1)) {
                int close = text.indexOf('}', i + 2);
                if (close < 0) {
                    throw malformed(key, origin, secret ? "a `${`" : "`" + text.substring(i) + "`", "with no closing }");
                }
                out.append(reference(text.substring(i + 2, close), key, origin, secret));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String reference(String body, String key, Origin origin, boolean secret) {
        int separator = body.indexOf(":-");
        String name = separator < 0 ? body : body.substring(0, separator);
        if (!DotEnv.NAME.matcher(name).matches()) {
            throw malformed(key, origin, secret ? "a `${...}`" : "`${" + body + "}`", "that is not a valid reference");
        }
        String value = lookup(name);
        if (separator >= 0 && (value == null || value.isEmpty())) {
            return body.substring(separator + 2);
        }
        if (value == null && !dotEnv.problems().isEmpty()) {
            DotEnv.Problem first = dotEnv.problems().get(0);
            throw new ShaleException(ErrorCode.CONFIG_ENV_FILE_INVALID,
                    origin.describe() + ": variable " + name + " used in `" + key + "` is not set, and "
                            + dotEnvShownAs + ":" + first.line() + " could not be read: " + first.problem()
                            + (dotEnv.problems().size() > 1 ? " (and " + (dotEnv.problems().size() - 1)
                            + " more statement(s) after it)" : ""),
                    "fix " + dotEnvShownAs + " line " + first.line() + " (" + DotEnv.HINT + "), or set " + name
                            + " in the environment");
        }
        if (value == null) {
            throw new ShaleException(ErrorCode.CONFIG_UNRESOLVED_VARIABLE,
                    origin.describe() + ": variable " + name + " used in `" + key + "` is not set",
                    "set " + name + " in the environment or in " + dotEnvShownAs + ", or write ${" + name
                            + ":-default} to give it a default");
        }
        return value;
    }

    private String lookup(String name) {
        String value = environment.get(name);
        if (value != null) {
            return value;
        }
        if (dotEnv == null) {
            dotEnv = Files.isRegularFile(dotEnvFile) ? DotEnv.read(dotEnvFile, dotEnvShownAs, environment)
                    : DotEnv.Contents.empty();
        }
        return dotEnv.values().get(name);
    }

    private static ShaleException malformed(String key, Origin origin, String quoted, String problem) {
        return new ShaleException(ErrorCode.CONFIG_BAD_VALUE,
                origin.describe() + ": the value of `" + key + "` has " + quoted + " " + problem,
                "write ${NAME} or ${NAME:-default} (names are letters, digits and underscores), and $$ for a "
                        + "literal $");
    }
}
