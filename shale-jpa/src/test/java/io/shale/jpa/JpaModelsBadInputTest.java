package io.shale.jpa;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a user can misconfigure JPA models ends in a ShaleException naming what is wrong; no database is needed. */
class JpaModelsBadInputTest {
    @TempDir
    static Path temp;

    record Case(List<Path> classpath, List<String> packages, ErrorCode code, String... messageParts) {
    }

    static Stream<Arguments> cases() throws Exception {
        Path classes = TestEntities.testClasses();
        Path notAJar = Files.writeString(temp.resolve("notes.txt"), "not classes");
        return Stream.of(
                named("classpathEntryMissing", new Case(List.of(classes, temp.resolve("target/classes")),
                        List.of(TestEntities.SHOP), ErrorCode.CONFIG_BAD_VALUE, "target/classes", "does not exist")),
                named("classpathEntryNeitherFolderNorJar", new Case(List.of(notAJar), List.of(TestEntities.SHOP),
                        ErrorCode.CONFIG_BAD_VALUE, "notes.txt", "neither a folder nor a jar")),
                named("classpathEmpty", new Case(List.of(), List.of(TestEntities.SHOP), ErrorCode.CONFIG_BAD_VALUE,
                        "models.jpa.classpath is empty")),
                named("noPackages", new Case(List.of(classes), List.of(), ErrorCode.CONFIG_BAD_VALUE,
                        "models.jpa.packages is empty")),
                named("packageWithoutEntities", new Case(List.of(classes), List.of("io.shale.jpa.plain"),
                        ErrorCode.CONFIG_BAD_VALUE, "io.shale.jpa.plain", "holds no @Entity")),
                named("packageNotOnTheClasspath", new Case(List.of(classes), List.of("com.acme.model"),
                        ErrorCode.CONFIG_BAD_VALUE, "com.acme.model", "holds no @Entity")),
                named("entityHibernateCannotMap", new Case(List.of(classes), List.of("io.shale.jpa.broken"),
                        ErrorCode.MIGRATION_FAILED, "entity io.shale.jpa.broken.Invoice", "identifier")));
    }

    private static Arguments named(String name, Case c) {
        return Arguments.of(Named.of(name, c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ddl_refusesBadInputWithAClearError(Case c) {
        JpaModels models = new JpaModels(TestEntities.dialect("jdbc:postgresql:"), c.classpath(), c.packages());
        assertThatThrownBy(models::ddl)
                .isInstanceOfSatisfying(ShaleException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.code()).isEqualTo(c.code()))
                .hasMessageContainingAll(c.messageParts());
    }
}
