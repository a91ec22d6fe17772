package io.shale.jpa.shop;

public enum CustomerStatus {
    ACTIVE, SUSPENDED, CLOSED
}
