package org.telerehab.registry.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.keycloak.admin.client.Keycloak;
import org.telerehab.registry.AccountFootprint;
import org.telerehab.registry.AccountServers;
import org.telerehab.testsupport.Footprint;
import org.telerehab.testsupport.ObjectAccessContract;
import org.telerehab.testsupport.RealInfrastructure;

import java.util.Map;
import java.util.UUID;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(AccountServers.class)
class RegistryObjectAccessTest extends ObjectAccessContract {

    @Inject
    Keycloak keycloak;

    @Override
    protected Footprint footprint() {
        return AccountFootprint.everything(keycloak);
    }

    @Override
    protected Subject subject() {
        UUID therapist = UUID.randomUUID();
        UUID patient = Invitations.invited(therapist);
        return new Subject(patient, therapist, Map.of("id", patient, "patientId", patient));
    }

    @Override
    protected Map<String, Rule> rules() {
        return Map.of(
                "GET /api/patients/{id}", patientData(),
                "PATCH /api/patients/{id}", patientData(subject -> Map.of("phone", "+1 555 0142")),
                "GET /api/patients", new PatientList("id"),
                "GET /api/therapists", new NotPatientData("the clinic's therapists' names, no patient's data"),
                "POST /api/therapists/{id}/disable", new NotPatientData("an admin closes a therapist's account"));
    }
}
