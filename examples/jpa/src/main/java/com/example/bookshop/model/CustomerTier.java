package com.example.bookshop.model;

public enum CustomerTier {
    REGULAR, SILVER, GOLD
}
