package io.shale.command.lifecycle;

import io.shale.dialect.JdbcUrls;
import io.shale.jdbc.UrlDataSource;
import io.shale.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The databases that reset and clear keep beside a PostgreSQL test database: its templates and spares. */
final class ServerDatabases {
    static final String TEMPLATES = "shale_tpl_";
    static final String SPARES = "shale_spare_";

    private ServerDatabases() {
    }

    /** The server's databases named {@code prefix} + the test database's name + anything, in name order. */
    static List<String> named(TestDatabase db, String prefix) throws Exception {
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

    static void drop(TestDatabase db, String prefix) throws Exception {
        try (Connection c = admin(db); Statement st = c.createStatement()) {
            for (String name : named(db, prefix)) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    /** A connection to the maintenance database of the test database's server. */
    static Connection admin(TestDatabase db) throws Exception {
        return new UrlDataSource(JdbcUrls.replaceDatabase(db.url(), "postgres"), db.user(), db.password())
                .getConnection();
    }
}
