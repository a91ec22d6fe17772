package io.shale.jpa;

import io.shale.dialect.Dialect;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;

/**
 * Which Hibernate dialect writes the DDL for a Shale dialect. Each is built at its default (the
 * oldest supported) version, since no database is consulted: the DDL runs on that version and every
 * later one. {@code mysql} maps to MariaDB, the engine Shale embeds; its DDL also runs on MySQL 8 for
 * the types JPA uses most.
 */
final class HibernateDialects {
    private static final Map<String, Supplier<org.hibernate.dialect.Dialect>> BY_SHALE_NAME = Map.of(
            "postgresql", PostgreSQLDialect::new,
            "mysql", MariaDBDialect::new,
            "sqlite", SQLiteDialect::new,
            "h2", H2Dialect::new);

    private HibernateDialects() {
    }

    static org.hibernate.dialect.Dialect forShale(Dialect dialect) {
        Supplier<org.hibernate.dialect.Dialect> hibernate = BY_SHALE_NAME.get(dialect.name());
        if (hibernate == null) {
            throw new ShaleException(ErrorCode.DB_UNSUPPORTED, "JPA models cannot be turned into DDL for "
                    + dialect.name() + ": Shale knows no Hibernate dialect for it",
                    "use `models: { schema: ... }` with hand-written DDL for this database");
        }
        return hibernate.get();
    }
}
