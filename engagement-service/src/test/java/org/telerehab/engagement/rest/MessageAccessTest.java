package org.telerehab.engagement.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.engagement.EngagementFixtures;
import org.telerehab.engagement.EngagementFixtures.Care;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.telerehab.engagement.EngagementFixtures.messagesOf;
import static org.telerehab.engagement.EngagementFixtures.read;
import static org.telerehab.engagement.EngagementFixtures.write;

/**
 * Only the patient and the therapist caring for them now reach the thread: another patient gets 404, a therapist not
 * in care 403 (a former one after a transfer too), an admin 403; each refusal is audited and writes nothing.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class MessageAccessTest {

    @Test
    void anotherPatientGets404AndATherapistNotInCare403AndAnAdmin403() {
        Care care = EngagementFixtures.inCare();
        write(care.patient(), care.patient(), "patient", "mine").statusCode(201);
        UUID stranger = UUID.randomUUID();

        write(care.patient(), stranger, "patient", "theirs").statusCode(404).contentType("application/problem+json");
        read(care.patient(), stranger, "patient").statusCode(404).contentType("application/problem+json");
        write(care.patient(), stranger, "therapist", "theirs").statusCode(403)
                .contentType("application/problem+json");
        read(care.patient(), stranger, "therapist").statusCode(403).contentType("application/problem+json");
        write(care.patient(), stranger, "admin", "theirs").statusCode(403);
        read(care.patient(), stranger, "admin").statusCode(403);

        assertThat(messagesOf(care.patient())).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM audit_log WHERE actor_id = ? AND action = 'REFUSED'",
                stranger.toString())).isEqualTo(4);
        assertThat(TestDatabase.auditedReads(stranger, care.patient())).isZero();
    }

    @Test
    void afterATransferTheFormerTherapistIsRefusedAndTheNewOneReadsTheWholeThread() {
        Care care = EngagementFixtures.inCare();
        write(care.patient(), care.patient(), "patient", "before the transfer").statusCode(201);
        write(care.patient(), care.therapist(), "therapist", "the former therapist's answer").statusCode(201);
        UUID next = UUID.randomUUID();
        EngagementFixtures.careTaken(care.patient(), next, Instant.now());

        write(care.patient(), care.therapist(), "therapist", "still here?").statusCode(403);
        read(care.patient(), care.therapist(), "therapist").statusCode(403);
        read(care.patient(), next, "therapist").statusCode(200)
                .body("items.text", contains("the former therapist's answer", "before the transfer"));
        write(care.patient(), next, "therapist", "I take over").statusCode(201);
        write(care.patient(), care.patient(), "patient", "thanks").statusCode(201);

        assertThat(messagesOf(care.patient())).isEqualTo(4);
        assertThat(TestDatabase.count("SELECT count(*) FROM notification WHERE person_id = ? AND kind = 'NEW_MESSAGE'",
                next)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM notification WHERE person_id = ? AND kind = 'NEW_MESSAGE'",
                care.therapist())).isEqualTo(1);
    }
}
