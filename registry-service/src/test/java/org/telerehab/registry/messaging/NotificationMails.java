package org.telerehab.registry.messaging;

import org.telerehab.events.NotificationRaised;
import org.telerehab.events.codes.NotificationKind;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.registry.rest.Invitations;
import org.telerehab.registry.rest.Mailbox;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the notification-mail tests share: people with profiles, events as engagement-service publishes them. */
final class NotificationMails {

    /** The portal's page of notifications, as the tests configure the portal (AccountServers). */
    static final String LINK = "http://localhost:8080/notifications";

    /** Words a mail must never carry: what a notification might be about. */
    private static final String[] HEALTH_WORDS = {"flag", "pain", "symptom", "emergency", "numb", "bladder",
        "bandera", "dolor", "síntoma", "drapeau", "douleur", "symptôme"};

    private NotificationMails() {
    }

    /** Someone with a profile: their id, address and names (which no mail may carry). */
    record Person(UUID id, String email, String givenName, String familyName) {
    }

    /** A patient invited (in Spanish, see {@link Invitations#patient()}) by {@code therapist}, who cares for them. */
    static Person patientOf(UUID therapist) {
        Map<String, Object> body = Invitations.patient();
        UUID id = UUID.fromString(Invitations.invite(therapist, body).statusCode(201).extract().path("id"));
        return new Person(id, (String) body.get("email"), (String) body.get("givenName"),
                (String) body.get("familyName"));
    }

    /** A therapist invited by an admin. */
    static Person therapist(UUID admin) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String family = "Lindqvist-" + tag;
        String email = "ingrid." + tag + "@example.org";
        UUID id = UUID.fromString(given().auth().oauth2(TestTokens.admin(admin)).contentType("application/json")
                .body(Map.of("givenName", "Ingrid", "familyName", family, "email", email))
                .post("/api/therapists").then().statusCode(201).extract().path("id"));
        return new Person(id, email, "Ingrid", family);
    }

    /** A new notification for the person, announced as engagement-service would. */
    static NotificationRaised raised(UUID person, NotificationKind kind) {
        return new NotificationRaised(UUID.randomUUID(), Instant.now(), person, UUID.randomUUID(), kind);
    }

    /** The same notification announced again in an event of its own. */
    static NotificationRaised announcedAgain(NotificationRaised raised) {
        return new NotificationRaised(UUID.randomUUID(), Instant.now(), raised.personId(), raised.notificationId(),
                raised.kind());
    }

    /**
     * Publishes the events in order, then waits until registry-service applied each of them (its consumer recorded
     * them): whatever they mail is then in the mail server, since the mail is sent before that record commits. An
     * event published before (a redelivery) counts as applied at once: follow it with a new one to wait for it.
     */
    static void publishAndAwait(NotificationRaised... events) {
        for (NotificationRaised event : events) {
            EventProbe.publish(event);
        }
        for (NotificationRaised event : events) {
            await().atMost(Duration.ofSeconds(30)).until(() -> TestDatabase.count(
                    "SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?",
                    NotificationsConsumer.CONSUMER, event.eventId()) == 1);
        }
    }

    /** The text of the only mail registry sent to the address. */
    static String onlyMailTo(String address) {
        List<String> mails = Mailbox.registryMailsTo(address);
        assertThat(mails).as("one mail from registry to %s", address).hasSize(1);
        return mails.get(0);
    }

    /**
     * The mail's text links to the portal and says nothing about anybody: none of the names, no red flag (code or
     * words), no health words, no number outside the link.
     */
    static void assertNoHealthData(String text, Person... people) {
        assertThat(text).contains(LINK);
        String lower = text.toLowerCase(Locale.ROOT);
        for (Person person : people) {
            for (String name : List.of(person.givenName(), person.familyName(), person.id().toString())) {
                assertThat(text).doesNotContainPattern("(?iu)\\b" + Pattern.quote(name) + "\\b");
            }
        }
        for (RedFlag flag : RedFlag.values()) {
            assertThat(lower).doesNotContain(flag.name().toLowerCase(Locale.ROOT))
                    .doesNotContain(flag.name().replace('_', ' ').toLowerCase(Locale.ROOT));
        }
        assertThat(lower).doesNotContain(HEALTH_WORDS);
        assertThat(text.replace(LINK, "")).as("no number but in the link").doesNotContainPattern("\\d");
    }
}
