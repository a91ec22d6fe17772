package io.shale.jpa.plain;

/** A package with classes but no mapped ones. */
public class NotAnEntity {
}
