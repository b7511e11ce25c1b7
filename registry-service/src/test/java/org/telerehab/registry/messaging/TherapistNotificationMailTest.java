package org.telerehab.registry.messaging;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.NotificationRaised;
import org.telerehab.events.codes.NotificationKind;
import org.telerehab.registry.AccountServers;
import org.telerehab.registry.messaging.NotificationMails.Person;
import org.telerehab.registry.rest.Mailbox;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** engagement-service's notifications for therapists: they learn that something waits, never who or what. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(AccountServers.class)
class TherapistNotificationMailTest {

    private final UUID admin = UUID.randomUUID();

    @Test
    void aRedFlagAlertIsMailedOnceInEnglishWithNeitherThePatientNorTheSymptom() {
        Person therapist = NotificationMails.therapist(admin);
        Person patient = NotificationMails.patientOf(therapist.id());
        NotificationRaised alert = NotificationMails.raised(therapist.id(), NotificationKind.RED_FLAG_ALERT);

        NotificationMails.publishAndAwait(alert);
        // delivered again, then a micro-break (never mailed): once that is applied, the redelivery was too
        NotificationMails.publishAndAwait(alert,
                NotificationMails.raised(therapist.id(), NotificationKind.MICRO_BREAK));

        String mail = NotificationMails.onlyMailTo(therapist.email());
        assertThat(Mailbox.subject(mail)).isEqualTo("A patient in your care needs your attention today");
        String text = Mailbox.text(mail);
        assertThat(text).startsWith("A patient in your care needs your attention today.\n");
        NotificationMails.assertNoHealthData(text, patient, therapist);
    }

    @Test
    void aNewMessageIsFromAPatientWithoutSayingWhoOrWhat() {
        Person therapist = NotificationMails.therapist(admin);
        Person patient = NotificationMails.patientOf(therapist.id());

        NotificationMails.publishAndAwait(NotificationMails.raised(therapist.id(), NotificationKind.NEW_MESSAGE));

        String mail = NotificationMails.onlyMailTo(therapist.email());
        assertThat(Mailbox.subject(mail)).isEqualTo("You have a new message from a patient");
        NotificationMails.assertNoHealthData(Mailbox.text(mail), patient, therapist);
        assertThat(Mailbox.registryMailsTo(patient.email())).as("the patient is told nothing").isEmpty();
    }

    @Test
    void aTherapistWhoseAccountIsClosedIsNotMailed() {
        Person therapist = NotificationMails.therapist(admin);
        given().auth().oauth2(TestTokens.admin(admin)).post("/api/therapists/{id}/disable", therapist.id())
                .then().statusCode(200);

        NotificationMails.publishAndAwait(NotificationMails.raised(therapist.id(), NotificationKind.ALERT_DIGEST));

        assertThat(Mailbox.registryMailsTo(therapist.email())).isEmpty();
    }
}
