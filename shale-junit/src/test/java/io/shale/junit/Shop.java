package io.shale.junit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The test project in {@code src/test/resources/projects/shop}: roles (two reference rows inserted by
 * migration 1), customers (migration 2), customers.email (migration 3), seed set {@code test} (customer 1).
 */
final class Shop {
    static final String PROJECT = "src/test/resources/projects/shop";

    private Shop() {
    }

    static void insertCustomer(Connection c, int id, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO customers (id, name, role_code) VALUES (?, ?, 'user')")) {
            ps.setInt(1, id);
            ps.setString(2, name);
            ps.executeUpdate();
        }
    }

    static void insertCustomer(DataSource ds, int id, String name) throws SQLException {
        try (Connection c = ds.getConnection()) {
            insertCustomer(c, id, name);
        }
    }

    static List<Integer> customerIds(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return customerIds(c);
        }
    }

    static List<Integer> customerIds(Connection c) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM customers ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids;
    }

    static List<String> strings(DataSource ds, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static List<String> roleCodes(DataSource ds) throws SQLException {
        return strings(ds, "SELECT code FROM roles ORDER BY code");
    }
}
