package io.shale.dialect.render;

import java.util.List;

final class MySqlRenderCases {
    private MySqlRenderCases() {
    }

    static List<RenderCase> all() {
        return List.of();
    }
}
