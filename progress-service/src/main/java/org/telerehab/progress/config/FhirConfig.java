package org.telerehab.progress.config;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** FhirContext is expensive to build and thread-safe: one per service. */
public class FhirConfig {

    @Produces
    @Singleton
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }
}
