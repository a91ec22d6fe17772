package io.shale.junit;

/** How long one database serves a test class. */
public enum Isolation {
    /** One database for the whole class: rows one test writes are visible to the tests after it. */
    PER_CLASS,
    /** A fresh copy for every test method: no test sees another's rows, in any order or in parallel. */
    PER_METHOD
}
