package io.shale.command.lifecycle;

import io.shale.data.JavaSeeder;
import java.sql.Connection;
import java.sql.PreparedStatement;

/** A Java seeder for the tests: one more user, computed in Java. */
public final class ThirdUserSeeder implements JavaSeeder {
    @Override
    public void seed(Connection connection) throws Exception {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO users (id, email, country_id) VALUES (?, ?, 1)")) {
            ps.setInt(1, 3);
            ps.setString(2, "c" + (1 + 1) + "@x");
            ps.executeUpdate();
        }
    }
}
