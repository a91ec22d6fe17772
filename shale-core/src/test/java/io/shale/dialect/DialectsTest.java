package io.shale.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** How engines are found: registered through ServiceLoader, matched by URL prefix or product name. */
class DialectsTest {

    @Test
    void all_holdsTheRegisteredEngines_inRegistrationOrder() {
        assertThat(Dialects.all()).extracting(Dialect::name).containsExactly("postgresql", "mysql", "sqlite", "h2");
        assertThat(Dialects.all()).isSameAs(Dialects.all());
    }

    @ParameterizedTest
    @CsvSource({
        "jdbc:postgresql://localhost:5432/app, postgresql",
        "JDBC:PostgreSQL://localhost/app, postgresql",
        "jdbc:mysql://localhost/app, mysql",
        "jdbc:mariadb://localhost/app, mysql",
        "jdbc:sqlite:app.db, sqlite",
        "jdbc:h2:mem:app, h2"})
    void forUrl_picksTheEngineServingThePrefix(String url, String engine) {
        assertThat(Dialects.forUrl(url).name()).isEqualTo(engine);
    }

    @Test
    void forUrl_ofAnUnservedPrefix_failsListingEveryServedPrefix() {
        assertThatThrownBy(() -> Dialects.forUrl("jdbc:oracle:thin:@host:1521/app"))
                .isInstanceOfSatisfying(ShaleException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DB_UNSUPPORTED);
                    assertThat(e.getMessage()).contains("jdbc:oracle:thin:@host:1521/app");
                    assertThat(e.hint()).isEqualTo("use a jdbc:postgresql:, jdbc:mysql:, jdbc:mariadb:, jdbc:sqlite: "
                            + "or jdbc:h2: URL");
                });
    }

    @ParameterizedTest
    @CsvSource({"PostgreSQL, postgresql", "MySQL, mysql", "MariaDB, mysql", "SQLite, sqlite", "H2, h2"})
    void forProductName_matchesTheDriversProductName(String product, String engine) {
        assertThat(Dialects.forProductName(product).name()).isEqualTo(engine);
    }

    @Test
    void forProductName_ofAnUnknownProduct_isNull() {
        assertThat(Dialects.forProductName("Oracle")).isNull();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void detect_namesTheEngineOfARealConnection(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine); Connection c = db.connect()) {
            assertThat(Dialects.detect(c).urlPrefixes()).anyMatch(db.url().toLowerCase()::startsWith);
        }
    }

    @Test
    void everyEngine_namesItsHibernateDialectAndADisplayName() {
        assertThat(Dialects.all()).allSatisfy(d -> {
            assertThat(d.hibernateDialect()).startsWith("org.hibernate.");
            assertThat(d.displayName()).isNotBlank();
            assertThat(d.urlPrefixes()).isNotEmpty().allMatch(p -> p.startsWith("jdbc:") && p.endsWith(":"));
        });
    }

    @ParameterizedTest
    @CsvSource({"JDBC:foo:", "jdbc:foo", "foo:"})
    void engineFacts_refuseAUrlPrefixThatIsNotLowerCaseJdbcEndingInAColon(String prefix) {
        assertThatThrownBy(() -> new EngineFacts("foo", "Foo", List.of(prefix), List.of("foo"), Set.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(prefix);
    }
}
