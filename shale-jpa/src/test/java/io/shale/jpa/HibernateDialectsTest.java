package io.shale.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import org.junit.jupiter.api.Test;

/** The Hibernate dialect is built from the class name each engine supplies. */
class HibernateDialectsTest {
    private static final ClassLoader HIBERNATE = org.hibernate.dialect.Dialect.class.getClassLoader();

    @Test
    void everyEngine_getsTheHibernateDialectItNames() {
        for (Dialect d : Dialects.all()) {
            assertThat(HibernateDialects.forShale(d, HIBERNATE).getClass().getName()).isEqualTo(d.hibernateDialect());
        }
    }

    @Test
    void aHibernateDialectMissingFromTheClassPath_failsNamingItWithAHint() {
        Dialect h2 = Dialects.forUrl("jdbc:h2:mem:x");
        ClassLoader withoutHibernate = new ClassLoader(null) {
        };
        assertThatThrownBy(() -> HibernateDialects.forShale(h2, withoutHibernate))
                .isInstanceOfSatisfying(ShaleException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DB_UNSUPPORTED);
                    assertThat(e.getMessage()).contains("H2").contains(h2.hibernateDialect())
                            .contains("not on the class path");
                    assertThat(e.hint()).contains("models: { schema: ... }");
                });
    }
}
