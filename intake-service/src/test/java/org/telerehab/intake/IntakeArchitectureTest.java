package org.telerehab.intake;

import org.telerehab.testsupport.ArchitectureContract;

/** intake-service follows the one idiom per layer of docs/architecture.md. */
class IntakeArchitectureTest extends ArchitectureContract {

    @Override
    protected String basePackage() {
        return "org.telerehab.intake";
    }
}
