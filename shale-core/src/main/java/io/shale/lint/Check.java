package io.shale.lint;

import java.util.function.Consumer;

/** What a rule does: look at one statement in its scope and report zero or more one-line messages. */
@FunctionalInterface
interface Check {
    void check(Stmt statement, Scope scope, Consumer<String> report);
}
