package io.shale.data.synthetic;

/** The type families the generator knows how to fill. */
public enum Family {
    INTEGER, DECIMAL, FLOAT, BOOLEAN, STRING, DATE, TIMESTAMP, TIME, YEAR, UUID, JSON, BINARY, ENUM, INET, ARRAY,
    /** A type the generator has no values for: NULL where allowed, else the default, else a note. */
    OTHER
}
