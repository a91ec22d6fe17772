package io.shale.jpa.broken;

import jakarta.persistence.Entity;

/** Has no @Id: Hibernate refuses to map it. */
@Entity
public class Invoice {
    private String number;
}
