package io.shale.spring;

import io.shale.error.ShaleException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up that Shale stopped (a failing migration, pending migrations in validate-only mode,
 * a bad setting) into Shale's own message: what failed and where (file, line, statement, as the
 * exception names them), the hint, and the stable code, instead of a chain of bean creation errors.
 */
public class ShaleFailureAnalyzer extends AbstractFailureAnalyzer<ShaleException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ShaleException cause) {
        String description = "Shale stopped the application's start-up.\n\nerror " + cause.code() + ": "
                + cause.getMessage();
        String action = cause.hint() == null
                ? "Fix what the error names, then start the application again."
                : cause.hint();
        return new FailureAnalysis(description, action, cause);
    }
}
