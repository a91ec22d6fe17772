package io.shale.data.synthetic;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The values of one column kind. {@link #distinct} gives a different value for every {@code n}
 * (as far as the type has room); {@link #smallest} and {@link #largest} give the edges of the
 * type's range (the empty and the longest allowed string, the smallest and largest number).
 * Every value is one the engines accept for the type; dates stay within 1970..2037, where MySQL's
 * {@code timestamp} lives.
 */
final class Values {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final LocalDateTime EPOCH = LocalDateTime.of(2001, 1, 1, 0, 0);
    private static final int UNBOUNDED_TEXT = 300;
    private static final int UNBOUNDED_BINARY = 64;

    private Values() {
    }

    static Cell distinct(ColumnKind k, long n) {
        return switch (k.family()) {
            case INTEGER -> Cell.text(integer(k, n).toString());
            case DECIMAL -> Cell.text(decimal(k, n));
            case FLOAT -> Cell.text(n + ".5");
            case BOOLEAN -> Cell.text(n % 2 == 0 ? "true" : "false");
            case STRING -> Cell.text(string(k.length(), n));
            case DATE -> Cell.text(EPOCH.toLocalDate().plusDays(n % 12000).toString());
            case TIMESTAMP -> Cell.text(EPOCH.plusSeconds(n * 61 % 1_000_000_000L).format(STAMP));
            case TIME -> Cell.text(LocalTime.ofSecondOfDay(n * 7 % 86400).format(CLOCK));
            case YEAR -> Cell.text(Long.toString(1901 + n % 254));
            case UUID -> Cell.text(String.format("00000000-0000-4000-8000-%012x", n));
            case JSON -> Cell.text("{\"n\": " + n + "}");
            case BINARY -> Cell.bytes(string(k.length() == null ? null : k.length(), n));
            case ENUM -> k.values().isEmpty() ? Cell.NULL : Cell.text(k.values().get((int) (n % k.values().size())));
            case INET -> Cell.text("10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
            case ARRAY -> Cell.text("{}");
            case OTHER -> Cell.NULL;
        };
    }

    static Cell smallest(ColumnKind k) {
        return switch (k.family()) {
            case INTEGER -> Cell.text(k.unsigned() ? "0" : k.max().negate().toString());
            case DECIMAL -> Cell.text((k.unsigned() ? "" : "-") + decimalMax(k));
            case FLOAT -> Cell.text(k.unsigned() ? "0" : "-1.0E10");
            case BOOLEAN -> Cell.text("false");
            case STRING -> Cell.text("");
            case DATE -> Cell.text("1970-01-02");
            case TIMESTAMP -> Cell.text("1970-01-02 00:00:00");
            case TIME -> Cell.text("00:00:00");
            case YEAR -> Cell.text("1901");
            case UUID -> Cell.text("00000000-0000-0000-0000-000000000000");
            case JSON -> Cell.text("{}");
            case BINARY -> Cell.bytes("");
            case ENUM -> k.values().isEmpty() ? Cell.NULL : Cell.text(k.values().get(0));
            case INET -> Cell.text("0.0.0.0");
            case ARRAY -> Cell.text("{}");
            case OTHER -> Cell.NULL;
        };
    }

    static Cell largest(ColumnKind k) {
        return switch (k.family()) {
            case INTEGER -> Cell.text(k.max().toString());
            case DECIMAL -> Cell.text(decimalMax(k));
            case FLOAT -> Cell.text("1.0E10");
            case BOOLEAN -> Cell.text("true");
            case STRING -> Cell.text("x".repeat(k.length() == null ? UNBOUNDED_TEXT : k.length()));
            case DATE -> Cell.text("2037-12-31");
            case TIMESTAMP -> Cell.text("2037-12-31 23:59:59");
            case TIME -> Cell.text("23:59:59");
            case YEAR -> Cell.text("2155");
            case UUID -> Cell.text("ffffffff-ffff-4fff-bfff-ffffffffffff");
            case JSON -> Cell.text("{\"list\": [1, 2, 3], \"text\": \"" + "x".repeat(100) + "\"}");
            case BINARY -> Cell.bytes("x".repeat(k.length() == null ? UNBOUNDED_BINARY : k.length()));
            case ENUM -> k.values().isEmpty() ? Cell.NULL : Cell.text(k.values().get(k.values().size() - 1));
            case INET -> Cell.text("255.255.255.255");
            case ARRAY -> Cell.text("{}");
            case OTHER -> Cell.NULL;
        };
    }

    /** Positive, away from small numbers that migrations insert themselves (reference rows with ids 1, 2, 3). */
    private static BigInteger integer(ColumnKind k, long n) {
        BigInteger offset = k.max().min(BigInteger.valueOf(2_000_000)).shiftRight(1);
        BigInteger room = k.max().subtract(offset);
        return offset.add(BigInteger.valueOf(n).mod(room));
    }

    private static String decimal(ColumnKind k, long n) {
        BigInteger room = k.max().add(BigInteger.ONE);
        if (k.scale() == 0) {
            return BigInteger.valueOf(n).mod(room).toString();
        }
        if (room.equals(BigInteger.ONE)) {
            BigInteger places = BigInteger.TEN.pow(k.scale());
            String digits = BigInteger.valueOf(n).mod(places).toString();
            return "0." + "0".repeat(k.scale() - digits.length()) + digits;
        }
        return BigInteger.valueOf(n).mod(room) + "." + "5".repeat(k.scale());
    }

    private static String decimalMax(ColumnKind k) {
        String whole = k.max().signum() == 0 ? "0" : k.max().toString();
        return k.scale() == 0 ? whole : whole + "." + "9".repeat(k.scale());
    }

    /** Lower-case base 36, so two values differ even after lower() and in case-insensitive collations. */
    private static String string(Integer length, long n) {
        String s = "g" + Long.toString(n, 36);
        if (length != null && s.length() > length) {
            s = Long.toString(n, 36);
            s = s.length() > length ? s.substring(s.length() - length) : s;
        }
        return s;
    }

}
