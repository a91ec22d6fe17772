package io.shale.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchDatabases;
import io.shale.jdbc.UrlDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JpaModelsH2Test {
    private final Dialect dialect = TestEntities.dialect("jdbc:h2:");

    @Test
    void generatedMigration_appliedToAnEmptyDatabase_passesHibernatesSchemaValidation(@TempDir Path dir)
            throws Exception {
        var scratch = ScratchDatabases.beside(dialect, "jdbc:h2:mem:jpa_scratch", "sa", "");
        var result = GeneratedFromEntities.generate(dialect, scratch, dir);
        assertThat(Files.readString(result.file())).containsIgnoringCase("CREATE TABLE");

        String url = "jdbc:h2:mem:jpa_app;DB_CLOSE_DELAY=-1";
        try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
            GeneratedFromEntities.upgrade(new UrlDataSource(url, "sa", ""), dir);
            assertThatCode(() -> HibernateValidation.validate(url, "sa", "", HibernateValidation.SHOP))
                    .doesNotThrowAnyException();
            try (Statement st = keepAlive.createStatement()) {
                st.execute("SHUTDOWN");
            }
        }
    }
}
