package io.shale.sql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rewrites every {@code .expected} golden file from what the splitters give now. Run by hand,
 * then review the diff: {@code java ... io.shale.sql.RegenerateGoldens shale-core/src/test/resources/sql}.
 */
public final class RegenerateGoldens {

    private RegenerateGoldens() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RegenerateGoldens <path to src/test/resources/sql>");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        for (var dialect : Dialects.SPLITTERS.entrySet()) {
            for (Path script : GoldenFormat.scripts(root, dialect.getKey())) {
                String rendered = GoldenFormat.render(dialect.getValue().split(GoldenFormat.read(script)));
                Files.writeString(GoldenFormat.expectedFor(script), rendered, StandardCharsets.UTF_8);
                System.out.println("wrote " + GoldenFormat.expectedFor(script));
            }
        }
    }
}
