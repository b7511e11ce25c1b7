package org.telerehab.progress;

import org.telerehab.testsupport.ArchitectureContract;

/** progress-service follows the one idiom per layer of docs/architecture.md. */
class ProgressArchitectureTest extends ArchitectureContract {

    @Override
    protected String basePackage() {
        return "org.telerehab.progress";
    }
}
