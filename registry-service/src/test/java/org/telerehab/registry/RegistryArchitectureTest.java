package org.telerehab.registry;

import org.telerehab.testsupport.ArchitectureContract;

/** registry-service follows the one idiom per layer of docs/architecture.md. */
class RegistryArchitectureTest extends ArchitectureContract {

    @Override
    protected String basePackage() {
        return "org.telerehab.registry";
    }
}
