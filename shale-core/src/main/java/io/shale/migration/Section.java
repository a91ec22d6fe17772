package io.shale.migration;

/** The two sections of a SQL migration file: what {@code -- migrate:up} and {@code -- migrate:down} start. */
public enum Section {
    UP, DOWN
}
