package io.shale.bench.lifecycle;

import io.shale.bench.tool.Database;
import io.shale.embedded.EmbeddedPostgresServer;
import io.shale.jdbc.UrlDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's databases on the embedded server: created, copied from a filled source, dropped. */
final class Server {
    private final EmbeddedPostgresServer server;
    private int count;

    Server(EmbeddedPostgresServer server) {
        this.server = server;
    }

    String nextName(String prefix) {
        return prefix + "_" + ++count;
    }

    Database database(String name) {
        return new Database(server.jdbcUrl(name), server.user());
    }

    /** The URL data source the facade needs for templates and scratch databases. */
    UrlDataSource dataSource(String name) {
        return new UrlDataSource(server.jdbcUrl(name), server.user(), null);
    }

    Database create(String name) {
        server.createDatabase(name);
        return database(name);
    }

    void drop(String name) {
        server.dropDatabase(name);
    }

    /**
     * A copy of {@code source} made by the server (a file copy, so every run starts from the same
     * pages); {@code source} must have no open connection.
     */
    Database copy(String source, String target) throws SQLException {
        admin("DROP DATABASE IF EXISTS " + target + " WITH (FORCE)", "CREATE DATABASE " + target + " TEMPLATE " + source
                + " STRATEGY FILE_COPY");
        return database(target);
    }

    /** Drops every database whose name starts with {@code prefix} (templates and spares Shale left). */
    void dropAll(String prefix) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = server.connect("postgres");
                PreparedStatement ps = c.prepareStatement("SELECT datname FROM pg_database WHERE starts_with(datname, ?)")) {
            ps.setString(1, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        for (String name : names) {
            drop(name);
        }
    }

    /** Runs statements on the maintenance database. */
    void admin(String... sql) throws SQLException {
        try (Connection c = server.connect("postgres"); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /** Runs statements on {@code db}, each in its own transaction. */
    static void execute(Database db, Iterable<String> sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    static long count(Database db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
