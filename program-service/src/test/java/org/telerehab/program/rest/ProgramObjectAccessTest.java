package org.telerehab.program.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.telerehab.events.ScreeningCompleted;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.testsupport.ObjectAccessContract;
import org.telerehab.testsupport.RealInfrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static java.util.Map.entry;
import static org.telerehab.program.rest.ProgramFixtures.DEAD_BUG;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ProgramObjectAccessTest extends ObjectAccessContract {

    private static final String LIBRARY = "the exercise library is shared by every therapist; no patient's data";

    /** Screened with a review flag (the report), cleared by their therapist and on an active plan. */
    @Override
    protected Subject subject() {
        UUID patient = UUID.randomUUID();
        ScreeningCompleted screening = ProgramFixtures.screening(patient, Disposition.PHYSICIAN_REVIEW,
                List.of(Region.LUMBAR), RiskLevel.MEDIUM, Instant.now());
        ProgramFixtures.screened(screening);
        UUID therapist = UUID.randomUUID();
        ProgramFixtures.takeIntoCare(therapist, patient);
        ProgramFixtures.clear(therapist, patient);
        ProgramFixtures.assign(therapist, patient, plan()).statusCode(201);
        return new Subject(patient, therapist,
                Map.of("patientId", patient, "id", DEAD_BUG, "reportId", screening.screeningId()));
    }

    @Override
    protected Map<String, Rule> rules() {
        return Map.ofEntries(
                entry("POST /api/patients/{patientId}/clearance",
                        patientData(subject -> Map.of("note", "Cleared by Dr. Physician after examination"))),
                entry("POST /api/patients/{patientId}/plans", patientData(subject -> plan())),
                entry("GET /api/patients/{patientId}/red-flags", patientData()),
                entry("POST /api/patients/{patientId}/red-flags/{reportId}/acknowledge", patientData()),
                entry("GET /api/red-flags/escalated", new NotPatientData("the admins' clinic-wide safety view, not one"
                        + " patient's record: admin only (access matrix); each patient shown is audited"
                        + " (EscalationTest)")),
                entry("GET /api/patients/{patientId}/plans/active", patientData()),
                entry("GET /api/patients/{patientId}/plans/active/fhir", patientData()),
                entry("GET /api/worklist", new PatientList("patientId")),
                entry("POST /api/patients/{patientId}/care", new NotPatientData(
                        "any therapist may take a patient in nobody's care; one in another's care answers 409"
                                + " (CareResourceTest)")),
                entry("POST /api/patients/{patientId}/care/transfer",
                        new CareChange(subject -> Map.of("therapistId", UUID.randomUUID().toString()))),
                entry("DELETE /api/patients/{patientId}/care", new CareChange(subject -> null)),
                entry("POST /api/patients/{patientId}/discharge",
                        new CareChange(subject -> Map.of("reason", "Goals met; home programme on her own"))),
                entry("GET /api/exercises", new NotPatientData(LIBRARY)),
                entry("GET /api/exercises/{id}", new NotPatientData(LIBRARY)),
                entry("PUT /api/exercises/{id}", new NotPatientData(LIBRARY)),
                entry("POST /api/exercises/{id}/media", new NotPatientData(LIBRARY)),
                entry("GET /api/exercises/{id}/illustration", new NotPatientData(LIBRARY)),
                // the library's words in other languages; a patient reads them only in their own plan
                // (ExerciseTranslationsTest)
                entry("GET /api/exercises/{id}/translations", new NotPatientData(LIBRARY)),
                entry("PUT /api/exercises/{id}/translations/{locale}", new NotPatientData(LIBRARY)),
                // a patient reaches only the media of the exercise versions their own plan pins (MediaAccessTest)
                entry("GET /api/media/{id}", new NotPatientData(LIBRARY)),
                entry("GET /api/templates", new NotPatientData(LIBRARY)));
    }

    private static Map<String, Object> plan() {
        return ProgramFixtures.plan(ProgramFixtures.item(DEAD_BUG, 6, null));
    }
}
