package io.shale.migration.imports;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A Flyway version: dot-separated numbers compared part by part, trailing zero parts ignored
 * ({@code 1.0} equals {@code 1}), as Flyway compares them.
 */
public record FlywayVersion(List<BigInteger> parts, String text) implements Comparable<FlywayVersion> {
    public static FlywayVersion parse(String raw) {
        String text = raw.replace('_', '.');
        List<BigInteger> parts = new ArrayList<>();
        for (String p : text.split("\\.")) {
            parts.add(new BigInteger(p));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return new FlywayVersion(List.copyOf(parts), text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlywayVersion v && v.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public int compareTo(FlywayVersion o) {
        Comparator<List<BigInteger>> byParts = (a, b) -> {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
                BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
                int c = x.compareTo(y);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        return byParts.compare(parts, o.parts);
    }
}
