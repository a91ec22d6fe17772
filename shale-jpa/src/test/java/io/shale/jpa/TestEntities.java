package io.shale.jpa;

import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.jpa.shop.Customer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The test entities as a user's project would name them: the compiled test classes folder and packages. */
final class TestEntities {
    static final String SHOP = "io.shale.jpa.shop";

    private TestEntities() {
    }

    static Path testClasses() {
        try {
            return Path.of(Customer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JpaModels shop(Dialect dialect) {
        return new JpaModels(dialect, List.of(testClasses()), List.of(SHOP));
    }

    static Dialect dialect(String jdbcPrefix) {
        return Dialects.forUrl(jdbcPrefix);
    }
}
