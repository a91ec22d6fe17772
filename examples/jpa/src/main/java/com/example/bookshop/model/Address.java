package com.example.bookshop.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    @Column(length = 200)
    private String street;

    @Column(length = 100)
    private String city;

    @Column(name = "postal_code", length = 16)
    private String postalCode;

    @Column(length = 2)
    private String country;
}
