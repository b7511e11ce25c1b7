package org.telerehab.kit.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** FhirContext is expensive to build and thread-safe: one per service, for every FHIR export. */
public class FhirConfig {

    @Produces
    @Singleton
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }
}
