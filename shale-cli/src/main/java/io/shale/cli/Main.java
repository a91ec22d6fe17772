package io.shale.cli;

/** Entry point of the {@code shale} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
