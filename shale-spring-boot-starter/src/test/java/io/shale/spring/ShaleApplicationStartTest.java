package io.shale.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import io.shale.cli.Main;
import io.shale.cli.Terminal;
import io.shale.embedded.EmbeddedPostgresServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real application start, with Boot's own data source auto-configuration (whose class names differ
 * between Boot 3 and 4), on the embedded PostgreSQL and on H2.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShaleApplicationStartTest {
    private static EmbeddedPostgresServer postgres;

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    @BeforeAll
    static void startPostgres() {
        postgres = EmbeddedPostgresServer.start();
        postgres.createDatabase("app");
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE).properties(properties).run();
    }

    @Test
    void startOnPostgres_migratesBeforeJdbcTemplate_andTheEndpointShowsTheClisStatusShape() throws Exception {
        String url = postgres.jdbcUrl("app");
        try (ConfigurableApplicationContext app = start("spring.datasource.url=" + url,
                "spring.datasource.username=" + postgres.user())) {
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT count(email) FROM users", Long.class))
                    .isZero();
            Map<String, Object> endpoint = app.getBean(ShaleEndpoint.class).status();
            Map<?, ?> ours = (Map<?, ?>) ((Map<?, ?>) endpoint.get("dataSources")).get("dataSource");

            Path project = Path.of(getClass().getResource("/db/migrations").toURI()).getParent().getParent();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(new String[] {"--url", url, "--user", postgres.user(), "status", "--json"}, project,
                    Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), Terminal.NONE);
            assertThat(exit).as(err.toString()).isZero();
            Map<String, Object> cli = JsonPath.parse(out.toString()).read("$");

            assertThat(fieldNames(ours, "")).isNotEmpty().containsExactlyElementsOf(fieldNames(cli, ""));
            assertThat(ours.get("currentVersion")).isEqualTo(2);
            assertThat(ours.get("upToDate")).isEqualTo(true);
            assertThat(((Map<?, ?>) ours.get("database")).get("engine")).isEqualTo(((Map<?, ?>) cli.get("database")).get("engine"));
        }
    }

    @Test
    void startWithABrokenMigration_failsWithShalesMessageNotABeanCreationWall(CapturedOutput output) {
        assertThatThrownBy(() -> start("spring.datasource.url=" + H2.newUrl(), "shale.migrations=classpath:db/broken"))
                .hasStackTraceContaining("MIGRATION_FAILED");
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START", "Shale stopped the application's start-up",
                        "error MIGRATION_FAILED", "0002_broken.sql", "no_such_table", "Action:");
    }

    @Test
    void hibernateDdlAutoValidate_isNotWarnedAbout(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start("spring.datasource.url=" + H2.newUrl(),
                "spring.jpa.hibernate.ddl-auto=validate")) {
            assertThat(output.getOut()).doesNotContain("while Shale manages the schema");
        }
    }

    @Test
    void hibernateDdlAutoOtherThanValidate_isWarnedAbout(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start("spring.datasource.url=" + H2.newUrl(),
                "spring.jpa.hibernate.ddl-auto=update")) {
            assertThat(output.getOut()).contains("spring.jpa.hibernate.ddl-auto=update while Shale manages the schema");
        }
    }

    /** Every field path of a JSON document, objects' fields in order, array elements' fields once. */
    private static List<String> fieldNames(Object json, String prefix) {
        List<String> names = new ArrayList<>();
        if (json instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                names.add(prefix + key);
                names.addAll(fieldNames(value, prefix + key + "."));
            });
        } else if (json instanceof List<?> list && !list.isEmpty()) {
            List<String> seen = new ArrayList<>();
            for (Object element : list) {
                for (String name : fieldNames(element, prefix + "[].")) {
                    if (!seen.contains(name)) {
                        seen.add(name);
                    }
                }
            }
            names.addAll(seen);
        }
        return names;
    }
}
