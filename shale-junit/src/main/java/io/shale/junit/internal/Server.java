package io.shale.junit.internal;

import io.shale.error.Redaction;
import io.shale.jdbc.UrlDataSource;

/** Where test databases are made: a JDBC URL of one database on the server, and its credentials. */
record Server(String url, String user, String password) {

    UrlDataSource dataSource() {
        return new UrlDataSource(url, user, password);
    }

    String redacted() {
        return Redaction.url(url);
    }
}
