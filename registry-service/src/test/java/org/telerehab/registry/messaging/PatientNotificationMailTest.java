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
import org.telerehab.testsupport.TestDatabase;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** engagement-service's notifications for patients, mailed by registry-service through the real mail server. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(AccountServers.class)
class PatientNotificationMailTest {

    private final UUID therapist = UUID.randomUUID();

    @Test
    void aSpanishPatientIsMailedOnceInSpanishWithTheLinkAndNothingElse() {
        Person patient = NotificationMails.patientOf(therapist);
        NotificationRaised message = NotificationMails.raised(patient.id(), NotificationKind.NEW_MESSAGE);

        // delivered twice, then announced again in another event: still one mail
        NotificationMails.publishAndAwait(message);
        NotificationMails.publishAndAwait(message, NotificationMails.announcedAgain(message));

        String mail = NotificationMails.onlyMailTo(patient.email());
        assertThat(Mailbox.subject(mail)).as("in the patient's language").isEqualTo(
                "Tiene un mensaje nuevo de su fisioterapeuta");
        String text = Mailbox.text(mail);
        assertThat(text).startsWith("Tiene un mensaje nuevo de su fisioterapeuta.\n")
                .contains("Abra Telerehab para verlo:\n" + NotificationMails.LINK + "\n");
        NotificationMails.assertNoHealthData(text, patient);
        assertThat(TestDatabase.count("SELECT count(*) FROM notification_mail WHERE notification_id = ?",
                message.notificationId())).isEqualTo(1);
    }

    @Test
    void aMicroBreakIsNeverMailed() {
        Person patient = NotificationMails.patientOf(therapist);
        NotificationRaised pause = NotificationMails.raised(patient.id(), NotificationKind.MICRO_BREAK);
        NotificationRaised session = NotificationMails.raised(patient.id(), NotificationKind.SESSION_DUE);

        NotificationMails.publishAndAwait(pause, session);

        String mail = NotificationMails.onlyMailTo(patient.email());
        assertThat(Mailbox.subject(mail)).as("the session's mail only").isEqualTo(
                "Es hora de hacer los ejercicios de hoy");
        NotificationMails.assertNoHealthData(Mailbox.text(mail), patient);
        assertThat(TestDatabase.count("SELECT count(*) FROM notification_mail WHERE notification_id = ?",
                pause.notificationId())).isZero();
    }

    @Test
    void somebodyWithoutAProfileIsNotMailedAndTheEventIsConsumedNotDeadLettered() {
        NotificationRaised nobodys = NotificationMails.raised(UUID.randomUUID(), NotificationKind.SESSION_DUE);

        // applied (recorded as processed, which a handler that threw would not be) and nothing mailed
        NotificationMails.publishAndAwait(nobodys);

        assertThat(TestDatabase.count("SELECT count(*) FROM notification_mail WHERE notification_id = ?",
                nobodys.notificationId())).isZero();
    }
}
