package io.shale.dialect.postgres;

/**
 * Decodes {@code pg_attribute.atttypmod} into length, precision and scale, following the server's
 * own encodings ({@code varchar.c}, {@code numeric.c}, {@code timestamp.c}).
 */
final class PostgresInspectTypmod {
    private static final int VARHDRSZ = 4;
    private static final int INTERVAL_FULL_PRECISION = 0xFFFF;

    private PostgresInspectTypmod() {
    }

    static Integer length(String type, int typmod) {
        if (typmod < 0) {
            return null;
        }
        return switch (type) {
            case "character varying", "character" -> typmod - VARHDRSZ;
            case "bit", "bit varying" -> typmod;
            default -> null;
        };
    }

    static Integer precision(String type, int typmod) {
        if (typmod < 0) {
            return null;
        }
        return switch (type) {
            case "numeric" -> ((typmod - VARHDRSZ) >> 16) & 0xFFFF;
            case "timestamp without time zone", "timestamp with time zone", "time without time zone",
                    "time with time zone" -> typmod;
            case "interval" -> (typmod & 0xFFFF) == INTERVAL_FULL_PRECISION ? null : typmod & 0xFFFF;
            default -> null;
        };
    }

    /** Numeric scale; PostgreSQL 15 allows a negative scale, stored as an 11-bit two's complement. */
    static Integer scale(String type, int typmod) {
        if (typmod < 0 || !type.equals("numeric")) {
            return null;
        }
        return (((typmod - VARHDRSZ) & 0x7FF) ^ 1024) - 1024;
    }
}
