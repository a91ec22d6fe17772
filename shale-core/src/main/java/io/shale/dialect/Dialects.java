package io.shale.dialect;

import io.shale.dialect.h2.H2Dialect;
import io.shale.dialect.mysql.MySqlDialect;
import io.shale.dialect.postgres.PostgresDialect;
import io.shale.dialect.sqlite.SqliteDialect;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** The list of supported engines, and how a connection is matched to one. */
public final class Dialects {
    private static final List<Dialect> ALL = List.of(
            new PostgresDialect(), new MySqlDialect(), new SqliteDialect(), new H2Dialect());

    private Dialects() {
    }

    /** Every supported dialect. */
    public static List<Dialect> all() {
        return ALL;
    }

    /** The dialect for an open connection, from the driver's product name. */
    public static Dialect detect(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        Dialect dialect = forProductName(product);
        if (dialect == null) {
            throw new ShaleException(ErrorCode.DB_UNSUPPORTED,
                    "Shale does not support the database '" + product + "'",
                    "use PostgreSQL, MySQL/MariaDB, SQLite or H2");
        }
        return dialect;
    }

    /** The dialect a JDBC URL names, without connecting. */
    public static Dialect forUrl(String url) {
        String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:postgresql:")) {
            return ALL.get(0);
        }
        if (u.startsWith("jdbc:mysql:") || u.startsWith("jdbc:mariadb:")) {
            return ALL.get(1);
        }
        if (u.startsWith("jdbc:sqlite:")) {
            return ALL.get(2);
        }
        if (u.startsWith("jdbc:h2:")) {
            return ALL.get(3);
        }
        throw new ShaleException(ErrorCode.DB_UNSUPPORTED, "Shale does not support the database of " + io.shale.error.Redaction.url(url),
                "use a jdbc:postgresql:, jdbc:mysql:, jdbc:mariadb:, jdbc:sqlite: or jdbc:h2: URL");
    }

    static Dialect forProductName(String product) {
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (p.contains("postgres")) {
            return ALL.get(0);
        }
        if (p.contains("mysql") || p.contains("mariadb")) {
            return ALL.get(1);
        }
        if (p.contains("sqlite")) {
            return ALL.get(2);
        }
        if (p.equals("h2")) {
            return ALL.get(3);
        }
        return null;
    }
}
