package io.shale.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

@MappedSuperclass
public abstract class Auditable {
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
}
