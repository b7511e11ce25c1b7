package org.telerehab.engagement;

import org.telerehab.testsupport.ArchitectureContract;

/** engagement-service follows the one idiom per layer of docs/architecture.md. */
class EngagementArchitectureTest extends ArchitectureContract {

    @Override
    protected String basePackage() {
        return "org.telerehab.engagement";
    }
}
