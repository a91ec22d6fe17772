package io.shale.dialect.h2;

import io.shale.dialect.RenderSupport;
import java.util.Set;
import java.util.regex.Pattern;

/** H2 identifiers: double-quoted unless plain upper case (H2 folds unquoted names up) and not a keyword. */
public final class H2RenderNames {
    private static final Pattern PLAIN = Pattern.compile("[A-Z_][A-Z0-9_]*");

    /** The keywords H2 2.x reserves (its documentation's "Keywords / Reserved Words"). */
    static final Set<String> KEYWORDS = RenderSupport.words("""
            ALL AND ANY ARRAY AS ASYMMETRIC AUTHORIZATION BETWEEN BOTH CASE CAST CHECK CONSTRAINT CROSS
            CURRENT_CATALOG CURRENT_DATE CURRENT_PATH CURRENT_ROLE CURRENT_SCHEMA CURRENT_TIME CURRENT_TIMESTAMP
            CURRENT_USER DAY DEFAULT DISTINCT ELSE END EXCEPT EXISTS FALSE FETCH FOR FOREIGN FROM FULL GROUP
            GROUPS HAVING HOUR IF ILIKE IN INNER INTERSECT INTERVAL IS JOIN KEY LEADING LEFT LIKE LIMIT LOCALTIME
            LOCALTIMESTAMP MINUS MINUTE MONTH NATURAL NOT NULL OFFSET ON OR ORDER OVER PARTITION PRIMARY QUALIFY
            RANGE REGEXP RIGHT ROW ROWNUM ROWS SECOND SELECT SESSION_USER SET SOME SYMMETRIC SYSTEM_USER TABLE TO
            TOP TRAILING TRUE UESCAPE UNION UNIQUE UNKNOWN USER USING VALUE VALUES WHEN WHERE WINDOW WITH YEAR
            _ROWID_
            """);

    private H2RenderNames() {
    }

    public static String ident(String name) {
        return RenderSupport.identifier(name, PLAIN, KEYWORDS, '"', '"');
    }

    /** {@code SCHEMA.NAME}, or the bare name when the schema is null. */
    public static String qualified(String schema, String name) {
        return schema == null ? ident(name) : ident(schema) + "." + ident(name);
    }
}
