package io.shale.maven;

import io.shale.config.ConfigLoader;
import io.shale.config.ConfigRequest;
import io.shale.config.ModelsSettings;
import io.shale.config.ShaleConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * With {@code models: { jpa: { packages: [...] } }} and no {@code classpath:}, the entities are the
 * project's own: its compiled classes and compile dependencies become {@code models.jpa.classpath}.
 * A {@code classpath:} the user wrote is kept as written.
 */
final class ModelsClassPath {
    static final String KEY = "models.jpa.classpath";

    private ModelsClassPath() {
    }

    /** The request, with {@value #KEY} set to {@code compileClassPath} when JPA models lack a class path. */
    static ConfigRequest complete(ConfigRequest request, List<String> compileClassPath) {
        if (compileClassPath.isEmpty() || request.overrides().containsKey(KEY)) {
            return request;
        }
        ShaleConfig config = new ConfigLoader().load(request);
        ModelsSettings models = config.models();
        if (models == null || models.jpa() == null || !models.jpa().classpath().isEmpty()) {
            return request;
        }
        // Only entries that exist: a compile class path lists target/classes even before anything compiled.
        List<String> entries = compileClassPath.stream().filter(e -> Files.exists(Path.of(e))).toList();
        if (entries.isEmpty()) {
            return request;
        }
        Map<String, String> overrides = new HashMap<>(request.overrides());
        overrides.put(KEY, String.join(",", entries));
        return new ConfigRequest(request.workingDirectory(), request.directory(), request.configFile(),
                request.environment(), overrides);
    }
}
