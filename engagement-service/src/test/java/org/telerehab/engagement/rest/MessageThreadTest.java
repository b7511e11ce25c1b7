package org.telerehab.engagement.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.engagement.EngagementFixtures;
import org.telerehab.engagement.EngagementFixtures.Care;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.telerehab.engagement.EngagementFixtures.read;
import static org.telerehab.engagement.EngagementFixtures.write;
import static org.telerehab.testsupport.TestTokens.as;

/** A patient and their therapist write and read their thread: newest first, in pages, unread counts, notifications. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class MessageThreadTest {

    @Test
    void bothSidesWriteAndReadTheThreadNewestFirstInPages() {
        Care care = EngagementFixtures.inCare();
        write(care.patient(), care.patient(), "patient", "My back hurts after the bridge").statusCode(201)
                .body("id", notNullValue()).body("authorId", equalTo(care.patient().toString()))
                .body("authorRole", equalTo("PATIENT")).body("text", equalTo("My back hurts after the bridge"))
                .body("createdAt", notNullValue());
        write(care.patient(), care.therapist(), "therapist", "Try fewer repetitions").statusCode(201)
                .body("authorRole", equalTo("THERAPIST"));
        for (int i = 3; i <= 5; i++) {
            write(care.patient(), care.patient(), "patient", "message " + i).statusCode(201);
        }

        String next = as(care.therapist(), "therapist").queryParam("limit", 2)
                .get("/api/patients/{patientId}/messages", care.patient()).then().statusCode(200)
                .body("items.text", contains("message 5", "message 4"))
                .body("next", notNullValue()).extract().path("next");
        String last = as(care.therapist(), "therapist").queryParam("limit", 2).queryParam("before", next)
                .get("/api/patients/{patientId}/messages", care.patient()).then().statusCode(200)
                .body("items.text", contains("message 3", "Try fewer repetitions")).extract().path("next");
        as(care.therapist(), "therapist").queryParam("limit", 2).queryParam("before", last)
                .get("/api/patients/{patientId}/messages", care.patient()).then().statusCode(200)
                .body("items.text", contains("My back hurts after the bridge")).body("next", nullValue());
        read(care.patient(), care.patient(), "patient").statusCode(200).body("items", hasSize(5))
                .body("items[0].text", equalTo("message 5")).body("next", nullValue());
    }

    @Test
    void readingTheThreadLowersTheReadersUnreadCountOnly() {
        Care care = EngagementFixtures.inCare();
        Care other = EngagementFixtures.inCare();
        EngagementFixtures.careTaken(other.patient(), care.therapist(), java.time.Instant.now().minusSeconds(30));
        write(care.patient(), care.patient(), "patient", "one").statusCode(201);
        write(care.patient(), care.patient(), "patient", "two").statusCode(201);
        write(other.patient(), other.patient(), "patient", "three").statusCode(201);

        as(care.therapist(), "therapist").get("/api/messages/unread").then().statusCode(200)
                .body("find { it.patientId == '" + care.patient() + "' }.unread", equalTo(2))
                .body("find { it.patientId == '" + other.patient() + "' }.unread", equalTo(1));
        as(care.patient(), "patient").get("/api/messages/unread").then().statusCode(200)
                .body("patientId", contains(care.patient().toString())).body("unread", contains(0));

        read(care.patient(), care.therapist(), "therapist").statusCode(200).body("unread", equalTo(2));
        read(care.patient(), care.therapist(), "therapist").statusCode(200).body("unread", equalTo(0));
        as(care.therapist(), "therapist").get("/api/messages/unread").then()
                .body("find { it.patientId == '" + care.patient() + "' }.unread", equalTo(0))
                .body("find { it.patientId == '" + other.patient() + "' }.unread", equalTo(1));

        write(care.patient(), care.therapist(), "therapist", "answer").statusCode(201);
        as(care.patient(), "patient").get("/api/messages/unread").then().body("unread", contains(1));
        read(care.patient(), care.patient(), "patient").statusCode(200).body("unread", equalTo(1));
        as(care.patient(), "patient").get("/api/messages/unread").then().body("unread", contains(0));
    }

    @Test
    void theOtherSideIsToldOfANewMessageInTheSameTransactionAndNothingGoesOnKafka() {
        Care care = EngagementFixtures.inCare();
        write(care.patient(), care.patient(), "patient", "a question").statusCode(201);
        as(care.therapist(), "therapist").get("/api/notifications").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind", equalTo("NEW_MESSAGE"))
                .body("items[0].patientId", equalTo(care.patient().toString()));
        as(care.patient(), "patient").get("/api/notifications").then().body("items", hasSize(0));

        write(care.patient(), care.therapist(), "therapist", "an answer").statusCode(201);
        as(care.patient(), "patient").get("/api/notifications").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind", equalTo("NEW_MESSAGE"))
                .body("items[0].patientId", equalTo(care.patient().toString()));
        // the patient's NEW_MESSAGE is announced for mail (NotificationRaised: ids and a code), never the text
        assertThat(TestDatabase.strings("SELECT event_type FROM outbox_event WHERE event_key = ?",
                care.patient().toString()))
                .containsOnly("NotificationRaised");
        assertThat(TestDatabase.count("SELECT count(*) FROM outbox_event WHERE payload::text LIKE ?",
                "%a question%")).isZero();
    }

    @Test
    void aPatientNobodyCaresForWritesAndNobodyIsTold() {
        UUID patient = UUID.randomUUID();
        write(patient, patient, "patient", "hello?").statusCode(201);
        assertThat(TestDatabase.count("SELECT count(*) FROM notification WHERE about_patient_id = ?", patient))
                .isZero();
        read(patient, patient, "patient").statusCode(200).body("items.text", contains("hello?"));
    }

    @Test
    void everyReadOfTheThreadIsAuditedWithWhoAndWhichPatient() {
        Care care = EngagementFixtures.inCare();
        write(care.patient(), care.patient(), "patient", "audited").statusCode(201);
        read(care.patient(), care.therapist(), "therapist").statusCode(200);
        read(care.patient(), care.patient(), "patient").statusCode(200);

        assertThat(TestDatabase.auditedReads(care.therapist(), care.patient())).isEqualTo(1);
        assertThat(TestDatabase.auditedReads(care.patient(), care.patient())).isEqualTo(1);
        assertThat(TestDatabase.strings("SELECT actor_role FROM audit_log WHERE patient_id = ? AND action = 'READ'"
                + " AND resource_type = 'MessageThread' ORDER BY actor_role", care.patient()))
                .isEqualTo(List.of("patient", "therapist"));
    }

    @Test
    void aCursorThatIsNotAMessageOfTheThreadIsRefusedNamingBefore() {
        Care care = EngagementFixtures.inCare();
        Care other = EngagementFixtures.inCare();
        String elsewhere = write(other.patient(), other.patient(), "patient", "elsewhere").statusCode(201)
                .extract().path("id");
        for (String before : List.of("not-a-cursor", elsewhere, UUID.randomUUID().toString())) {
            as(care.patient(), "patient").queryParam("before", before)
                    .get("/api/patients/{patientId}/messages", care.patient()).then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("before"));
        }
    }
}
