package io.shale.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.error.ShaleException;
import io.shale.jdbc.UrlDataSource;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScratchDatabasesTest {

    private static int tables(Connection c) throws SQLException {
        int n = 0;
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                n += rs.getString("TABLE_NAME").equalsIgnoreCase("scratch_probe") ? 1 : 0;
            }
        }
        return n;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void scratch_isAFreshEmptyDatabaseOfTheSameEngine_andClosingDropsIt(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine); Connection c = db.connect()) {
            Dialect dialect = Dialects.detect(c);
            db.execute("CREATE TABLE scratch_probe (id int)");
            ScratchProvider provider = ScratchDatabases.beside(dialect, db.url(), db.user(), db.password());

            String url;
            try (ScratchDatabase scratch = provider.create("replay")) {
                url = ((UrlDataSource) scratch.dataSource()).url();
                assertThat(url).contains("shale_scratch_replay_");
                try (Connection s = scratch.dataSource().getConnection(); Statement st = s.createStatement()) {
                    assertThat(Dialects.detect(s).name()).isEqualTo(dialect.name());
                    assertThat(tables(s)).isZero();
                    st.execute("CREATE TABLE scratch_probe (id int)");
                    assertThat(tables(s)).isEqualTo(1);
                }
            }
            assertThat(tables(c)).isEqualTo(1);
            if (!dialect.scratchIsInMemory()) {
                String gone = url;
                assertThatThrownBy(() -> new UrlDataSource(gone, db.user(), db.password()).getConnection().close())
                        .isInstanceOf(SQLException.class);
            } else {
                try (Connection again = new UrlDataSource(url, db.user(), db.password()).getConnection()) {
                    assertThat(tables(again)).isZero();
                }
            }
        }
    }

    @Test
    void scratchUrl_keepsHostPortAndOptions() {
        assertThat(JdbcUrls.replaceDatabase("jdbc:postgresql://db.example:5433/app?sslmode=require", "s1"))
                .isEqualTo("jdbc:postgresql://db.example:5433/s1?sslmode=require");
        assertThat(JdbcUrls.replaceDatabase("jdbc:mariadb://localhost:3306/app", "s1"))
                .isEqualTo("jdbc:mariadb://localhost:3306/s1");
        assertThat(JdbcUrls.replaceDatabase("jdbc:mysql://localhost", "s1")).isEqualTo("jdbc:mysql://localhost/s1");
        assertThatThrownBy(() -> JdbcUrls.replaceDatabase("jdbc:oracle:thin:@x:1521:db", "s1"))
                .isInstanceOf(ShaleException.class);
    }
}
