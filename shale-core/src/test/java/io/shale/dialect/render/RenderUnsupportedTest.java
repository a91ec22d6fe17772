package io.shale.dialect.render;

import static io.shale.dialect.render.Build.enumType;
import static io.shale.dialect.render.Build.extension;
import static io.shale.dialect.render.Build.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.dialect.Renderer;
import io.shale.dialect.h2.H2Renderer;
import io.shale.dialect.mysql.MySqlRenderer;
import io.shale.dialect.postgres.PostgresRenderer;
import io.shale.dialect.sqlite.SqliteRenderer;
import io.shale.schema.Catalog;
import io.shale.schema.Collation;
import io.shale.schema.CompositeType;
import io.shale.schema.ExtendedStatistics;
import io.shale.schema.RangeType;
import io.shale.schema.View;
import io.shale.schema.change.Change;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A change an engine cannot have is refused with a message naming the change and the engine. */
class RenderUnsupportedTest {
    private static final View MATERIALIZED = new View("s", "v", "SELECT 1", true, List.of(), null);
    private static final Collation COLLATION = new Collation("s", "c", "icu", "und", null, null, true, null, null);
    private static final CompositeType PAIR = new CompositeType("s", "pair",
            List.of(new CompositeType.Attribute("a", "integer", null)), null);
    private static final ExtendedStatistics STATISTICS = new ExtendedStatistics("s", "st", "s", "t", List.of(), "a, b",
            null, null);
    private static final RangeType RANGE = new RangeType("s", "r", "integer", null, null, null, null, null, null);

    static Stream<Arguments> unsupported() {
        Renderer mysql = new MySqlRenderer();
        Renderer sqlite = new SqliteRenderer();
        Renderer h2 = new H2Renderer();
        return Stream.of(
                Arguments.of("mysql schema", mysql, new Change.CreateSchema("s")),
                Arguments.of("mysql extension", mysql, new Change.CreateExtension(extension("x", "s"))),
                Arguments.of("mysql enum type", mysql, new Change.CreateEnum(enumType("s", "e", "a"))),
                Arguments.of("mysql collation", mysql, new Change.CreateCollation(COLLATION)),
                Arguments.of("mysql composite type", mysql, new Change.CreateCompositeType(PAIR)),
                Arguments.of("mysql extended statistics", mysql, new Change.CreateStatistics(STATISTICS)),
                Arguments.of("mysql range type", mysql, new Change.CreateRangeType(RANGE)),
                Arguments.of("mysql sequence", mysql, new Change.CreateSequence(sequence("s", "q", null))),
                Arguments.of("mysql materialized view", mysql, new Change.CreateView(MATERIALIZED)),
                Arguments.of("sqlite schema", sqlite, new Change.DropSchema("s")),
                Arguments.of("sqlite sequence", sqlite, new Change.DropSequence(sequence("s", "q", null))),
                Arguments.of("sqlite collation", sqlite, new Change.DropCollation(COLLATION)),
                Arguments.of("sqlite composite type", sqlite, new Change.DropCompositeType(PAIR)),
                Arguments.of("sqlite extended statistics", sqlite, new Change.DropStatistics(STATISTICS)),
                Arguments.of("sqlite range type", sqlite, new Change.DropRangeType(RANGE)),
                Arguments.of("sqlite routine", sqlite, new Change.CreateRoutine(Build.routine("s", "f", "f()", "CREATE ..."))),
                Arguments.of("sqlite comment", sqlite, new Change.SetTableComment("s", "t", "c")),
                Arguments.of("sqlite enum value", sqlite, new Change.AddEnumValue(enumType("s", "e", "a"), "b", null, null)),
                Arguments.of("h2 extension", h2, new Change.DropExtension(extension("x", "s"))),
                Arguments.of("h2 enum type", h2, new Change.RecreateEnum(enumType("s", "e", "a"), enumType("s", "e", "b"), List.of())),
                Arguments.of("h2 collation", h2, new Change.AlterCollation(COLLATION, COLLATION)),
                Arguments.of("h2 composite type", h2, new Change.AlterCompositeType(PAIR, PAIR, List.of("a"), List.of(),
                        List.of())),
                Arguments.of("h2 extended statistics", h2, new Change.AlterStatistics(STATISTICS, STATISTICS)),
                Arguments.of("h2 range type", h2, new Change.AlterRangeType(RANGE, RANGE)),
                Arguments.of("h2 materialized view", h2, new Change.CreateView(MATERIALIZED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupported")
    void render_refusesAChangeTheEngineCannotHave(String name, Renderer renderer, Change change) {
        assertThatThrownBy(() -> renderer.render(List.of(change), Catalog.empty(), Catalog.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(change.getClass().getSimpleName())
                .hasMessageContaining("the differ never produces");
    }

    @Test
    void renderers_arePublicWithANoArgumentConstructor_andRenderNothingForNoChanges() throws Exception {
        for (Class<? extends Renderer> type : List.of(PostgresRenderer.class, MySqlRenderer.class, SqliteRenderer.class,
                H2Renderer.class)) {
            Renderer renderer = type.getConstructor().newInstance();
            assertThat(renderer.render(List.of(), Catalog.empty(), Catalog.empty())).as(type.getSimpleName()).isEmpty();
        }
    }
}
