package io.shale.dialect;

import io.shale.error.ErrorCode;
import io.shale.error.Redaction;
import io.shale.error.ShaleException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small, careful edits of server JDBC URLs ({@code jdbc:kind://host:port/database?options}). */
public final class JdbcUrls {
    private static final Pattern SERVER_URL = Pattern.compile("^(jdbc:[a-z0-9]+://[^/?]*)(/[^?;]*)?([?;].*)?$");

    private JdbcUrls() {
    }

    /** The same URL naming {@code database} instead. */
    /** The database a server URL names ({@code jdbc:KIND://HOST/NAME?...}), or null when it names none. */
    public static String database(String url) {
        Matcher m = SERVER_URL.matcher(url);
        if (!m.matches() || m.group(2) == null || m.group(2).length() < 2) {
            return null;
        }
        return m.group(2).substring(1);
    }

    public static String replaceDatabase(String url, String database) {
        Matcher m = SERVER_URL.matcher(url);
        if (!m.matches()) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "Cannot derive a scratch database URL from "
                    + Redaction.url(url), "write the URL as jdbc:KIND://HOST:PORT/DATABASE, or configure `scratch:`");
        }
        return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }
}
