package io.shale.dialect.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rewrites every renderer golden file from what the renderers give now. Run by hand, then review the
 * diff: {@code java ... io.shale.dialect.render.RegenerateRenderGoldens shale-core/src/test/resources}.
 */
public final class RegenerateRenderGoldens {

    private RegenerateRenderGoldens() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RegenerateRenderGoldens <path to src/test/resources>");
            System.exit(2);
        }
        Path resources = Path.of(args[0]);
        for (RenderSuite suite : RenderSuite.all()) {
            Path file = suite.goldenFile(resources);
            Files.createDirectories(file.getParent());
            Files.writeString(file, suite.golden(), StandardCharsets.UTF_8);
            System.out.println("wrote " + file + " (" + suite.cases().size() + " cases)");
        }
    }
}
