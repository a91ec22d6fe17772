package com.example.shop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small shop: customers and their orders over REST. Shale's starter applies the migrations in
 * {@code src/main/resources/db/migrations} at start-up, before JPA validates the entities against them.
 */
@SpringBootApplication
public class ShopApplication {
    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
