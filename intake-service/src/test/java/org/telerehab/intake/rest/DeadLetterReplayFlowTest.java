package org.telerehab.intake.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.telerehab.events.BrokerAccess;
import org.telerehab.events.EventCodec;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.testsupport.EmbeddedKafka;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * An admin replays a care grant that intake-service had dead-lettered: intake applies it itself (it may not write
 * program.care.v1, where the event came from), and the therapist can then read the patient's screening.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class DeadLetterReplayFlowTest {

    private final UUID patient = UUID.randomUUID();
    private final UUID therapist = UUID.randomUUID();
    private final UUID admin = UUID.randomUUID();

    @Test
    void aReplayedCareGrantOpensTheScreeningToTheTherapistOnce() throws Exception {
        String screening = ScreeningRequests.submitValid(patient, ScreeningRequests.valid());
        deadLetter(new PatientTakenIntoCare(UUID.randomUUID(), Instant.now(), patient, therapist));
        given().auth().oauth2(TestTokens.therapist(therapist)).when().get("/api/screenings/{id}", screening)
                .then().statusCode(403);

        given().auth().oauth2(TestTokens.therapist(therapist)).when().post("/api/dead-letters/program-care/replay")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin(admin)).when().post("/api/dead-letters/program-care/replay")
                .then().statusCode(200).body("replayed", equalTo(1)).body("stoppedAt", nullValue());

        given().auth().oauth2(TestTokens.therapist(therapist)).when().get("/api/screenings/{id}", screening)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.admin(admin)).when().post("/api/dead-letters/program-care/replay")
                .then().statusCode(200).body("replayed", equalTo(0));
        given().auth().oauth2(TestTokens.admin(admin)).when().post("/api/dead-letters/progress-alerts/replay")
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** What SmallRye's dead-letter strategy does, as intake-service's own broker user. */
    private static void deadLetter(PatientTakenIntoCare event) throws Exception {
        Map<String, Object> config = new HashMap<>(EmbeddedKafka.serviceConfig(BrokerAccess.INTAKE.service()));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(BrokerAccess.INTAKE.deadLetterTopic("program-care"),
                    event.patientId().toString(), EventCodec.encode(event))).get();
        }
    }
}
