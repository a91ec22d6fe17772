package io.shale.dialect;

import io.shale.error.ErrorCode;
import io.shale.error.Redaction;
import io.shale.error.ShaleException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /**
     * The parts of a server URL.
     *
     * @param host     the first host as written (an IPv6 address keeps its brackets), never empty
     * @param port     the port, or null where the URL names none
     * @param database the database, or "" where the URL names none
     * @param options  the {@code ?key=value} options, decoded, in their order
     */
    public record Server(String host, Integer port, String database, Map<String, String> options) {
        public Server {
            options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }

        /** The host without IPv6 brackets, as client variables ({@code PGHOST}) take it. */
        public String bareHost() {
            return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        }
    }

    /**
     * Reads {@code jdbc:kind://host:port/database?options}; a missing host is {@code localhost}.
     *
     * @throws ShaleException CONFIG_BAD_VALUE for a URL of another shape (a file or in-memory URL)
     */
    public static Server parse(String url) {
        Matcher m = SERVER_URL.matcher(url);
        if (!m.matches()) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "Cannot read host, port and database from "
                    + Redaction.url(url), "write the URL as jdbc:KIND://HOST:PORT/DATABASE");
        }
        String authority = m.group(1).substring(m.group(1).indexOf("//") + 2);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        int comma = authority.indexOf(',');
        String first = comma < 0 ? authority : authority.substring(0, comma);
        String host = first;
        Integer port = null;
        int colon = first.lastIndexOf(':');
        if (colon >= 0 && colon > first.lastIndexOf(']')) {
            host = first.substring(0, colon);
            try {
                port = Integer.parseInt(first.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "The port in " + Redaction.url(url)
                        + " is not a number", "write the URL as jdbc:KIND://HOST:PORT/DATABASE", e);
            }
        }
        String database = m.group(2) == null ? "" : decode(m.group(2).substring(1));
        Map<String, String> options = new LinkedHashMap<>();
        if (m.group(3) != null) {
            for (String pair : m.group(3).substring(1).split("[&;]")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    options.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
        }
        return new Server(host.isEmpty() ? "localhost" : host, port, database, options);
    }

    /** {@code url} with {@code key=value} appended as an option (encoded), unless the URL has that option already. */
    public static String withOption(String url, String key, String value) {
        if (value == null || parse(url).options().containsKey(key)) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + key + "=" + encode(value);
    }

    /** Percent-encoding for the user-info and path of a client URL ({@code postgresql://user:pass@...}). */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
