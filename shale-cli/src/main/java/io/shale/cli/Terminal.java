package io.shale.cli;

import java.io.Console;

/** Whether a person is at a terminal, and asking them a question. Tests pass their own. */
public interface Terminal {
    boolean interactive();

    /** Asks {@code prompt} and returns the answer, or null when there is nobody to ask. */
    String ask(String prompt);

    /** The real terminal of the process. */
    final class System implements Terminal {
        private final Console console = java.lang.System.console();

        @Override
        public boolean interactive() {
            return console != null;
        }

        @Override
        public String ask(String prompt) {
            return console == null ? null : console.readLine("%s", prompt);
        }
    }

    /** No terminal: scripts and CI. */
    Terminal NONE = new Terminal() {
        @Override
        public boolean interactive() {
            return false;
        }

        @Override
        public String ask(String prompt) {
            return null;
        }
    };
}
