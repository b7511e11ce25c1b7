package org.telerehab.platformkit;

import java.nio.file.Path;

/** A part did not come up (or went away): names it and where its log is. */
public final class StartupFailure extends RuntimeException {

    private final String component;
    private final transient Path logFile;

    public StartupFailure(String component, Path logFile, String message) {
        super(message);
        this.component = component;
        this.logFile = logFile;
    }

    public StartupFailure(String component, Path logFile, String message, Throwable cause) {
        super(message, cause);
        this.component = component;
        this.logFile = logFile;
    }

    public String component() {
        return component;
    }

    public Path logFile() {
        return logFile;
    }

    /** The message with the last lines of the log, for a harness that prints and exits. */
    public String describe(int lines) {
        return component + " " + getMessage() + (logFile == null ? ""
                : System.lineSeparator() + "  log: " + logFile + System.lineSeparator() + ChildProcess.tail(logFile, lines));
    }
}
