package io.shale.dialect;

import io.shale.error.ErrorCode;
import io.shale.error.Redaction;
import io.shale.error.ShaleException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The engines on the class path, and how a connection or URL is matched to one. Engines are found
 * through {@link ServiceLoader} ({@code META-INF/services/io.shale.dialect.Dialect}) with the core's
 * own class loader, once per class loader, in registration order; no code here names an engine.
 */
public final class Dialects {
    private Dialects() {
    }

    /** Holds the loaded engines: initialised on first use, immutable afterwards. */
    private static final class Loaded {
        static final List<Dialect> ALL = load();
    }

    /** Every engine on the class path, in registration order. */
    public static List<Dialect> all() {
        return Loaded.ALL;
    }

    /**
     * The engine of an open connection, from the driver's product name.
     *
     * @throws ShaleException (DB_UNSUPPORTED) when no loaded engine serves that product
     */
    public static Dialect detect(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        Dialect dialect = forProductName(product);
        if (dialect == null) {
            throw new ShaleException(ErrorCode.DB_UNSUPPORTED,
                    "Shale does not support the database '" + product + "'",
                    "use " + either(all().stream().map(Dialect::displayName).toList()));
        }
        return dialect;
    }

    /**
     * The engine a JDBC URL names, without connecting.
     *
     * @throws ShaleException (DB_UNSUPPORTED) when no loaded engine serves the URL's prefix; the hint
     *                        lists the prefixes that are served
     */
    public static Dialect forUrl(String url) {
        String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
        for (Dialect d : all()) {
            if (d.urlPrefixes().stream().anyMatch(u::startsWith)) {
                return d;
            }
        }
        throw new ShaleException(ErrorCode.DB_UNSUPPORTED, "Shale does not support the database of " + Redaction.url(url),
                "use a " + either(all().stream().flatMap(d -> d.urlPrefixes().stream()).toList()) + " URL");
    }

    /** The engine a driver's product name belongs to, or null. */
    static Dialect forProductName(String product) {
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        return all().stream().filter(d -> d.servesProduct(p)).findFirst().orElse(null);
    }

    /** {@code a, b or c}. */
    private static String either(List<String> names) {
        int last = names.size() - 1;
        return last <= 0 ? String.join("", names) : String.join(", ", names.subList(0, last)) + " or " + names.get(last);
    }

    /**
     * Loads the registered engines.
     *
     * @throws IllegalStateException when none is registered or two claim the same name or URL
     *                               prefix: a broken build, not a user's mistake
     */
    private static List<Dialect> load() {
        List<Dialect> loaded = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (Dialect d : ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader())) {
            claim(owners, "name " + d.name(), d);
            d.urlPrefixes().forEach(prefix -> claim(owners, "URL prefix " + prefix, d));
            loaded.add(d);
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("no engine registered in META-INF/services/" + Dialect.class.getName());
        }
        return List.copyOf(loaded);
    }

    private static void claim(Map<String, String> owners, String what, Dialect d) {
        String before = owners.putIfAbsent(what, d.getClass().getName());
        if (before != null) {
            throw new IllegalStateException(what + " is claimed by both " + before + " and " + d.getClass().getName());
        }
    }
}
