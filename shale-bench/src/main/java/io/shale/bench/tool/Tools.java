package io.shale.bench.tool;

import java.util.List;

/** The tools in report order: Shale first, the floor last. */
public final class Tools {
    private Tools() {
    }

    public static List<Tool> all() {
        return List.of(new ShaleTool(), new FlywayTool(), new LiquibaseTool(), new JdbcFloor());
    }

    public static Tool named(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown tool " + name + "; known: "
                        + all().stream().map(Tool::name).toList()));
    }
}
