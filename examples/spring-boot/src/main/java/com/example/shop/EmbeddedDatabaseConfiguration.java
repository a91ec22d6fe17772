package com.example.shop;

import io.shale.workspace.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the application runs on Shale's embedded PostgreSQL (from
 * {@code shale-local}): the same server, with its data in {@code .shale/postgres} under
 * {@code shop.project-dir}, that {@code shale status} and {@code mvn shale:status} use when run in this
 * folder. It is started with the context and stopped when the context closes. Set
 * {@code spring.datasource.url} (and user, password) to run on any other database instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    /** A workspace with no database: asking it for its data source starts the embedded default. */
    @Bean(destroyMethod = "close")
    Workspace embeddedDatabaseWorkspace(@Value("${shop.project-dir:.}") Path projectDir) {
        return Workspace.builder().baseDir(projectDir.toAbsolutePath().normalize()).build();
    }

    /** A pooled data source (Boot's default pool) on the embedded server's database. */
    @Bean
    DataSource dataSource(Workspace embeddedDatabaseWorkspace) throws SQLException {
        try (Connection connection = embeddedDatabaseWorkspace.dataSource().getConnection()) {
            DatabaseMetaData server = connection.getMetaData();
            return DataSourceBuilder.create().url(server.getURL()).username(server.getUserName()).build();
        }
    }
}
