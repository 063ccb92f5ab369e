package com.coinop.bootstrap;

import java.util.List;

/** Start-up refused: the active profile lacks settings. The message names each one. */
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
