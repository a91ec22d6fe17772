package io.shale.junit.internal;

import io.shale.jdbc.UrlDataSource;
import java.util.function.Consumer;

/**
 * One fresh database handed to one test.
 *
 * @param name    the database's name (or file name), unique on its server
 * @param release gives the database back; the argument says whether the test changed its version
 *                (then it is never reused)
 */
public record Lease(String name, String url, String user, String password, Consumer<Boolean> release) {

    public UrlDataSource dataSource() {
        return new UrlDataSource(url, user, password);
    }
}
