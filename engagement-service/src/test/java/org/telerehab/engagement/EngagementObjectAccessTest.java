package org.telerehab.engagement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.telerehab.testsupport.ObjectAccessContract;
import org.telerehab.testsupport.RealInfrastructure;

import java.util.Map;

import static java.util.Map.entry;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class EngagementObjectAccessTest extends ObjectAccessContract {

    /** In care, with one message in the thread (so the therapist has a NEW_MESSAGE notification). */
    @Override
    protected Subject subject() {
        EngagementFixtures.Care care = EngagementFixtures.inCare();
        EngagementFixtures.write(care.patient(), care.patient(), "patient", "a first message").statusCode(201);
        return new Subject(care.patient(), care.therapist(), Map.of("patientId", care.patient()));
    }

    @Override
    protected Map<String, Rule> rules() {
        return Map.ofEntries(
                entry("POST /api/patients/{patientId}/messages",
                        patientData(subject -> Map.of("text", "from the contract"))),
                entry("GET /api/patients/{patientId}/messages", patientData()),
                // the stream ends after telerehab.engagement.message-stream-max-age (5 s in the tests)
                entry("GET /api/patients/{patientId}/messages/stream", patientData()),
                entry("GET /api/messages/unread", new NotPatientData("the caller's own unread counts, per thread they"
                        + " may read (their own; a therapist's patients in care now), no text: MessageThreadTest")),
                entry("GET /api/notifications", new NotPatientData("the caller's own notifications: a kind and a"
                        + " link, never health data in words")),
                entry("POST /api/notifications/{id}/read", new NotPatientData("the caller's own notification;"
                        + " another person's is 404 whatever their role: NotificationReadTest")),
                entry("GET /api/notification-preferences", new NotPatientData("the caller's own reminder settings"
                        + " (email on or off, times); nobody reads another's: PreferencesTest")),
                entry("PUT /api/notification-preferences", new NotPatientData("the caller's own reminder settings;"
                        + " nobody sets another's: PreferencesTest")));
    }
}
