package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The whole application, as {@code java -jar} starts it: no database is configured, so it runs on the
 * embedded PostgreSQL (its data under target/shop-test); Shale's starter applies the migrations before
 * JPA validates the entities against them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "shop.project-dir=target/shop-test")
class ShopApplicationTest {
    @Autowired
    TestRestTemplate http;

    @Autowired
    CustomerRepository customers;

    @Test
    void startUp_appliesTheMigrationsBeforeJpa() {
        // the table exists: Hibernate's validate passed and the repository can query it
        assertThat(customers.count()).isNotNegative();
    }

    @Test
    void actuatorShale_showsTheDataSourceUpToDateOnPostgres() {
        ResponseEntity<JsonNode> response = http.getForEntity("/actuator/shale", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode status = response.getBody().path("dataSources").path("dataSource");
        assertThat(status.path("database").path("engine").asText()).isEqualTo("postgresql");
        assertThat(status.path("upToDate").asBoolean()).isTrue();
        assertThat(status.path("problems").asBoolean()).isFalse();
        assertThat(status.path("pending").asInt()).isZero();
        assertThat(status.path("currentVersion").asInt()).isEqualTo(2).isEqualTo(status.path("latestVersion").asInt());
    }

    @Test
    void rest_createsACustomerAndAnOrder_andReadsThemBack() {
        String email = "ada-" + System.nanoTime() + "@example.com";
        ResponseEntity<JsonNode> created = http.postForEntity("/customers",
                Map.of("name", "Ada Lovelace", "email", email), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().path("id").asLong();

        JsonNode read = http.getForObject("/customers/" + id, JsonNode.class);
        assertThat(read.path("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(read.path("email").asText()).isEqualTo(email);

        ResponseEntity<JsonNode> ordered = http.postForEntity("/customers/" + id + "/orders",
                Map.of("product", "Analytical Engine", "quantity", 2), JsonNode.class);
        assertThat(ordered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode orders = http.getForObject("/customers/" + id + "/orders", JsonNode.class);
        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).path("product").asText()).isEqualTo("Analytical Engine");
        assertThat(orders.get(0).path("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void rest_unknownCustomer_isNotFound() {
        assertThat(http.getForEntity("/customers/999999999", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
