package com.coinop.bootstrap;

import java.util.List;

/** Start-up refused: no profile, or the active profile lacks settings or has a wrong one. The message names each. */
public class MissingSettingsException extends RuntimeException {

    private final List<String> problems;

    public MissingSettingsException(List<String> problems) {
        super("coinop cannot start: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
