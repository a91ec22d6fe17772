package com.example.bookshop.model;

public enum OrderStatus {
    CART, PLACED, PAID, SHIPPED, CANCELLED
}
