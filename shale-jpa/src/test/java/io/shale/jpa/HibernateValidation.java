package io.shale.jpa;

import io.shale.jpa.shop.Address;
import io.shale.jpa.shop.Auditable;
import io.shale.jpa.shop.Customer;
import io.shale.jpa.shop.OrderLine;
import io.shale.jpa.shop.Product;
import io.shale.jpa.shop.PurchaseOrder;
import io.shale.jpa.shop.Tag;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/** Hibernate's own judgement of a database: {@code hbm2ddl.auto=validate} while a SessionFactory starts. */
final class HibernateValidation {
    static final List<Class<?>> SHOP = List.of(Address.class, Auditable.class, Customer.class, OrderLine.class,
            Product.class, PurchaseOrder.class, Tag.class);

    private HibernateValidation() {
    }

    /** @throws org.hibernate.tool.schema.spi.SchemaManagementException when the schema does not fit the entities */
    static void validate(String url, String user, String password, List<Class<?>> entities) {
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_JDBC_URL, url)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate");
        if (user != null) {
            builder.applySetting(AvailableSettings.JAKARTA_JDBC_USER, user);
        }
        if (password != null) {
            builder.applySetting(AvailableSettings.JAKARTA_JDBC_PASSWORD, password);
        }
        StandardServiceRegistry registry = builder.build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                factory.getMetamodel();
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
