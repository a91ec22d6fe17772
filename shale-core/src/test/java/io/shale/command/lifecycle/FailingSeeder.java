package io.shale.command.lifecycle;

import io.shale.data.JavaSeeder;
import java.sql.Connection;

/** A Java seeder for the tests that fails after the SQL files before it ran. */
public final class FailingSeeder implements JavaSeeder {
    @Override
    public void seed(Connection connection) {
        throw new IllegalStateException("the seeder's source is unavailable");
    }
}
