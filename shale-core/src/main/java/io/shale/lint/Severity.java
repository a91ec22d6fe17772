package io.shale.lint;

/** How much a finding matters: errors fail {@code shale lint} and {@code shale check}; warnings are printed. */
public enum Severity {
    ERROR,
    WARNING;

    /** {@code error} or {@code warning}, as every output format writes it. */
    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
