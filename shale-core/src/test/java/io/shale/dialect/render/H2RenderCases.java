package io.shale.dialect.render;

import java.util.List;

final class H2RenderCases {
    private H2RenderCases() {
    }

    static List<RenderCase> all() {
        return List.of();
    }
}
