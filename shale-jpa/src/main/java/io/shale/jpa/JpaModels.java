package io.shale.jpa;

import io.shale.command.generate.CatalogSources;
import io.shale.command.generate.ModelSource;
import io.shale.dialect.Dialect;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.schema.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * {@code models: { jpa: { classpath: [target/classes], packages: [com.acme.model] } }}: the entity
 * classes ({@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass}) in {@code packages} and
 * their sub-packages, loaded from {@code classpath} in a class loader of their own, turned into
 * CREATE DDL for {@code dialect} by Hibernate ORM without connecting to any database, then applied
 * to a scratch database and inspected like a schema file.
 *
 * @param dialect   the managed database's dialect; the DDL is written for it
 * @param classpath folders and jar files holding the compiled entities (and any classes they need
 *                  that Shale does not bring: Hibernate and Jakarta Persistence come with Shale)
 * @param packages  packages scanned, with their sub-packages
 */
public record JpaModels(Dialect dialect, List<Path> classpath, List<String> packages) implements ModelSource {

    public JpaModels {
        Objects.requireNonNull(dialect, "dialect");
        classpath = List.copyOf(classpath);
        packages = List.copyOf(packages);
    }

    /**
     * @throws ShaleException CONFIG_BAD_VALUE for a missing classpath entry or a package without
     *                        entities; MIGRATION_FAILED when Hibernate cannot map the entities or the
     *                        scratch database rejects its DDL
     */
    @Override
    public Catalog catalog(CatalogSources sources) {
        String ddl = ddl();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("shale-jpa-models");
            // Named so that a failing statement is reported as "<...>/hibernate-postgresql.sql line N".
            Path file = folder.resolve("hibernate-" + dialect.name() + ".sql");
            Files.writeString(file, ddl);
            return sources.fromSqlFile(file);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.INTERNAL, "Could not write Hibernate's DDL to a temporary file: " + e,
                    "check that java.io.tmpdir (" + System.getProperty("java.io.tmpdir") + ") is writable", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /**
     * The CREATE DDL Hibernate writes for the entities, one statement per line, each ending in
     * {@code ;}. Touches no database.
     */
    public String ddl() {
        try (EntityClassPath loaded = EntityClassPath.open(classpath)) {
            List<Class<?>> entities = loaded.scan(packages);
            List<String> statements = new HibernateDdl(HibernateDialects.forShale(dialect,
                    org.hibernate.dialect.Dialect.class.getClassLoader()), loaded.loader())
                    .create(entities);
            StringBuilder sb = new StringBuilder();
            for (String statement : statements) {
                sb.append(statement).append(";\n");
            }
            return sb.toString();
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A leftover file in the temporary folder is harmless.
        }
    }
}
