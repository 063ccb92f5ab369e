package com.coinop.bootstrap;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused start into the short report an operator reads, instead of a stack trace. */
public class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
        String description = "coinop cannot start:\n  - " + String.join("\n  - ", cause.problems());
        return new FailureAnalysis(description,
                "Set or correct the settings named above (see the configuration table in README.md) and start again.", cause);
    }
}
