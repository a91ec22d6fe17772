package io.shale.data;

import java.sql.Connection;

/**
 * Seed data that SQL cannot express (generated, computed, read from elsewhere). A seed set names a
 * seeder in a file {@code NN_name.seeder} holding its fully qualified class name; it runs in file-name
 * order with the set's {@code .sql} files, in the same transaction, on the connection it is given,
 * which it must not commit, roll back or close. An implementation needs a public no-argument
 * constructor and must be on the class path of the process that runs {@code seed}.
 */
public interface JavaSeeder {
    void seed(Connection connection) throws Exception;
}
