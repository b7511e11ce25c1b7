package org.telerehab.platform;

import java.nio.file.Path;

/** A component did not come up (or went away): names it and where its log is. */
final class StartupFailure extends RuntimeException {

    private final String component;
    private final transient Path logFile;

    StartupFailure(String component, Path logFile, String message) {
        super(message);
        this.component = component;
        this.logFile = logFile;
    }

    StartupFailure(String component, Path logFile, String message, Throwable cause) {
        super(message, cause);
        this.component = component;
        this.logFile = logFile;
    }

    String component() {
        return component;
    }

    Path logFile() {
        return logFile;
    }
}
