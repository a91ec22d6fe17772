package io.shale.command.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.command.ClearCommand;
import io.shale.command.UpgradeCommand;
import io.shale.data.ReferenceDataPolicy;
import io.shale.dialect.JdbcUrls;
import io.shale.jdbc.UrlDataSource;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On PostgreSQL, clear at the latest version reads its reference rows from reset's template
 * database (built once, then kept) instead of replaying the migrations every time; below the latest
 * version it replays in a scratch database, as before.
 */
class ClearFromTemplateTest {
    @TempDir
    Path dir;

    @Test
    void clearAtLatest_buildsTheTemplateOnce_andReadsTheReferenceRowsFromIt() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            try {
                Fixture f = new Fixture(db, dir);
                f.shale().upgrade();
                f.fill();

                ClearCommand.Result first = clear(f);
                List<String> templates = databases(db, "shale_tpl_");
                assertThat(templates).hasSize(1);
                assertThat(first.restored()).containsEntry("countries", 2).containsEntry("roles", 2);

                // The template is the source: a row changed there comes back on the next clear.
                try (Connection c = new UrlDataSource(JdbcUrls.replaceDatabase(db.url(), templates.get(0)), db.user(),
                        db.password()).getConnection(); Statement st = c.createStatement()) {
                    st.execute("UPDATE countries SET name = 'République française' WHERE code = 'fr'");
                }
                f.fill();
                clear(f);

                assertThat(db.scalar("SELECT name FROM countries WHERE code = 'fr'")).isEqualTo("République française");
                assertThat(db.count("users")).isZero();
                assertThat(databases(db, "shale_tpl_")).isEqualTo(templates);
            } finally {
                dropDatabases(db, "shale_tpl_");
            }
        }
    }

    @Test
    void clearBelowTheLatestVersion_replaysInAScratchDatabase_andMakesNoTemplate() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            Fixture f = new Fixture(db, dir);
            f.shale().upgrade(new UpgradeCommand.Options(1, false, false));
            db.execute("INSERT INTO countries (code, name) VALUES ('it', 'Italy')");

            ClearCommand.Result r = clear(f);

            assertThat(r.version()).isEqualTo(1);
            assertThat(db.count("countries")).isZero();
            assertThat(databases(db, "shale_tpl_")).isEmpty();
        }
    }

    private static ClearCommand.Result clear(Fixture f) {
        return f.shale().clear(new ClearCommand.Options(List.of(), ReferenceDataPolicy.AUTO, Fixture.YES), f.scratch());
    }

    private static List<String> databases(TestDatabase db, String prefix) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = admin(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + prefix
                     + db.name().toLowerCase() + "%' ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void dropDatabases(TestDatabase db, String prefix) throws Exception {
        try (Connection c = admin(db); Statement st = c.createStatement()) {
            for (String name : databases(db, prefix)) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    private static Connection admin(TestDatabase db) throws Exception {
        return new UrlDataSource(JdbcUrls.replaceDatabase(db.url(), "postgres"), db.user(), db.password()).getConnection();
    }
}
