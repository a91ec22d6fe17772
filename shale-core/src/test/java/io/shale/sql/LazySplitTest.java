package io.shale.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lazy pass ({@link StatementSplitter#statements}) gives exactly what {@link StatementSplitter#split}
 * and the golden files give, however its iterator is driven, on every golden script, edge case and
 * dialect rule of the other splitter tests.
 */
class LazySplitTest {

    static Stream<Arguments> scripts() {
        Path root = root();
        Stream<Arguments> golden = Dialects.SPLITTERS.keySet().stream().sorted()
                .flatMap(dialect -> GoldenFormat.scripts(root, dialect).stream()
                        .map(script -> Arguments.of(dialect + "/" + script.getFileName(),
                                Dialects.SPLITTERS.get(dialect), GoldenFormat.read(script))));
        Stream<Arguments> edges = Dialects.SPLITTERS.keySet().stream().sorted()
                .flatMap(dialect -> SplitterEdgeCasesTest.CASES.stream()
                        .map(c -> Arguments.of(dialect + ": " + c.name(), Dialects.SPLITTERS.get(dialect), c.script())));
        Stream<Arguments> rules = DialectRulesTest.cases()
                .map(rule -> Arguments.of(rule.toString(), rule.splitter(), rule.script()));
        return Stream.of(golden, edges, rules).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void statements_driveByNextAlone_giveTheListResult(String name, StatementSplitter splitter, String script) {
        List<SqlStatement> lazy = new ArrayList<>();
        Iterator<SqlStatement> it = splitter.statements(script).iterator();
        while (true) {
            try {
                lazy.add(it.next());
            } catch (NoSuchElementException end) {
                break;
            }
        }

        assertThat(lazy).isEqualTo(splitter.split(script));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void statements_askedTwiceBeforeEachNext_giveTheListResultThenEnd(String name, StatementSplitter splitter,
                                                                         String script) {
        List<SqlStatement> lazy = new ArrayList<>();
        Iterator<SqlStatement> it = splitter.statements(script).iterator();
        while (it.hasNext() && it.hasNext()) {
            lazy.add(it.next());
        }

        assertThat(lazy).isEqualTo(splitter.split(script));
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void statements_eachIteratorIsAPassOfItsOwn(String name, StatementSplitter splitter, String script) {
        Iterable<SqlStatement> statements = splitter.statements(new StringBuilder(script));
        List<SqlStatement> first = new ArrayList<>();
        List<SqlStatement> second = new ArrayList<>();
        Iterator<SqlStatement> a = statements.iterator();
        Iterator<SqlStatement> b = statements.iterator();
        while (a.hasNext()) {
            first.add(a.next());
            if (b.hasNext()) {
                second.add(b.next());
            }
        }
        b.forEachRemaining(second::add);

        assertThat(first).isEqualTo(splitter.split(script));
        assertThat(second).isEqualTo(first);
    }

    private static Path root() {
        try {
            return Path.of(LazySplitTest.class.getResource("/sql").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
