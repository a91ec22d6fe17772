package io.shale.dialect.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves the rendered SQL valid on the real engine: for every case with checks, builds the "from"
 * schema with plain DDL, runs the rendered statements in one transaction (as a migration runs them), and
 * compares catalog queries with what the case expects.
 */
class RenderExecutionTest {

    static Stream<Arguments> executableCases() {
        return RenderSuite.stream().flatMap(suite -> suite.cases().stream().filter(RenderCase::executable)
                .map(renderCase -> Arguments.of(suite.name() + "/" + renderCase.name(), suite, renderCase)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("executableCases")
    void renderedStatements_runOnTheEngine_andGiveTheExpectedShape(String name, RenderSuite suite, RenderCase renderCase)
            throws SQLException {
        try (TestDatabase db = TestDatabases.create(suite.engine())) {
            if (!renderCase.setup().isEmpty()) {
                db.execute(renderCase.setup().toArray(String[]::new));
            }
            List<String> statements = suite.render(renderCase).stream()
                    .filter(statement -> !statement.startsWith("--")).toList();
            runInOneTransaction(db, statements);

            for (RenderCase.Check check : renderCase.checks()) {
                assertThat(rows(db, check.query())).as(check.query()).isEqualTo(check.expected());
            }
        }
    }

    private static void runInOneTransaction(TestDatabase db, List<String> statements) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String sql : statements) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new AssertionError(db + ": " + sql + ": " + e.getMessage(), e);
                }
            }
            connection.commit();
        }
    }

    /** The rows a query gives, or null for a statement that gives none (a check may first insert rows). */
    private static String rows(TestDatabase db, String query) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            if (!statement.execute(query)) {
                return null;
            }
            ResultSet rows = statement.getResultSet();
            List<String> lines = new ArrayList<>();
            int width = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    values.add(String.valueOf(rows.getString(i)));
                }
                lines.add(String.join(" | ", values));
            }
            return String.join("\n", lines);
        }
    }
}
