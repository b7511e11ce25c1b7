package org.telerehab.program;

import org.telerehab.testsupport.ArchitectureContract;

/** program-service follows the one idiom per layer of docs/architecture.md. */
class ProgramArchitectureTest extends ArchitectureContract {

    @Override
    protected String basePackage() {
        return "org.telerehab.program";
    }
}
