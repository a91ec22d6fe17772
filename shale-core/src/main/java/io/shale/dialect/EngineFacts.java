package io.shale.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who an engine is, as the rest of Shale asks: by name, JDBC URL, driver product name, the traits
 * that decide lint rules, and the Hibernate dialect that writes DDL for it. See {@link Dialect} for
 * each fact's contract.
 *
 * @param productNames     lower-case fragments of the driver's product name that identify the engine
 * @param hibernateDialect a class name, or null where no Hibernate dialect fits
 */
public record EngineFacts(String name, String displayName, List<String> urlPrefixes, List<String> productNames,
                          Set<EngineTrait> traits, String hibernateDialect) {
    public EngineFacts {
        Objects.requireNonNull(name);
        Objects.requireNonNull(displayName);
        urlPrefixes = List.copyOf(urlPrefixes);
        productNames = List.copyOf(productNames);
        traits = Set.copyOf(traits);
        for (String prefix : urlPrefixes) {
            if (!prefix.equals(prefix.toLowerCase(Locale.ROOT)) || !prefix.startsWith("jdbc:") || !prefix.endsWith(":")) {
                throw new IllegalArgumentException("URL prefix " + prefix + " of " + name
                        + ": lower case, starting with jdbc: and ending with :");
            }
        }
    }

    /** Whether a lower-case driver product name contains one of {@link #productNames()}. */
    boolean servesProduct(String product) {
        return productNames.stream().anyMatch(product::contains);
    }
}
