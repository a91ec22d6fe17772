package io.shale.dialect.render;

import java.util.List;

final class SqliteRenderCases {
    private SqliteRenderCases() {
    }

    static List<RenderCase> all() {
        return List.of();
    }
}
