package org.telerehab.engagement.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.telerehab.engagement.EngagementFixtures;
import org.telerehab.engagement.EngagementFixtures.Care;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;
import org.telerehab.testsupport.TestTokens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.engagement.EngagementFixtures.write;

/**
 * The live stream of a thread (server-sent events): a client following it gets the message the other side writes,
 * only of its thread; the stream is refused as a read is, and audited like one.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class MessageStreamTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void theTherapistFollowingTheThreadGetsThePatientsMessageAndNoOtherThreads() throws Exception {
        Care care = EngagementFixtures.inCare();
        Care other = EngagementFixtures.inCare();
        try (Stream stream = Stream.open(care.patient(), care.therapist(), "therapist")) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            write(other.patient(), other.patient(), "patient", "another thread").statusCode(201);
            String id = write(care.patient(), care.patient(), "patient", "are you there?").statusCode(201)
                    .extract().path("id");

            List<String> event = stream.nextEvent();
            assertThat(event).contains("event:message", "id:" + id);
            assertThat(event.stream().filter(line -> line.startsWith("data:")).findFirst().orElseThrow())
                    .contains("\"text\":\"are you there?\"").contains("\"authorRole\":\"PATIENT\"")
                    .doesNotContain("another thread");
        }
        assertThat(TestDatabase.auditReadsOf(care.patient(), "MessageStream")).isEqualTo(1);
    }

    @Test
    void thePatientFollowingGetsTheTherapistsAnswer() throws Exception {
        Care care = EngagementFixtures.inCare();
        try (Stream stream = Stream.open(care.patient(), care.patient(), "patient")) {
            String id = write(care.patient(), care.therapist(), "therapist", "yes, here").statusCode(201)
                    .extract().path("id");
            assertThat(stream.nextEvent()).contains("event:message", "id:" + id);
        }
    }

    @Test
    void aMessageWrittenThroughAnotherReplicaReachesThisReplicasStream() throws Exception {
        Care care = EngagementFixtures.inCare();
        try (Stream stream = Stream.open(care.patient(), care.therapist(), "therapist")) {
            // what another replica does when its patient writes: the row and its announcement, in one transaction
            UUID id = UUID.randomUUID();
            TestDatabase.execute("BEGIN; INSERT INTO message (id, patient_id, author_id, author_role, text, created_at)"
                    + " VALUES ('" + id + "', '" + care.patient() + "', '" + care.patient() + "', 'PATIENT',"
                    + " 'written elsewhere', now()); SELECT pg_notify('telerehab_message_written', '" + id + ":"
                    + care.therapist() + "'); COMMIT");

            List<String> event = stream.nextEvent();
            assertThat(event).contains("event:message", "id:" + id);
            assertThat(event.stream().filter(line -> line.startsWith("data:")).findFirst().orElseThrow())
                    .contains("written elsewhere");
        }
    }

    @Test
    void theFormerTherapistsOpenStreamEndsAtTheFirstMessageAfterATransfer() throws Exception {
        Care care = EngagementFixtures.inCare();
        try (Stream stream = Stream.open(care.patient(), care.therapist(), "therapist")) {
            EngagementFixtures.careTaken(care.patient(), UUID.randomUUID(), Instant.now());
            write(care.patient(), care.patient(), "patient", "for the new therapist").statusCode(201);
            assertThat(stream.nextEvent()).as("the stream ended without the message").isEmpty();
        }
    }

    @Test
    void theStreamIsRefusedAsAReadIs() throws Exception {
        Care care = EngagementFixtures.inCare();
        assertThat(Stream.status(care.patient(), UUID.randomUUID(), "patient")).isEqualTo(404);
        assertThat(Stream.status(care.patient(), UUID.randomUUID(), "therapist")).isEqualTo(403);
        assertThat(Stream.status(care.patient(), UUID.randomUUID(), "admin")).isEqualTo(403);
        UUID next = UUID.randomUUID();
        EngagementFixtures.careTaken(care.patient(), next, Instant.now());
        assertThat(Stream.status(care.patient(), care.therapist(), "therapist")).isEqualTo(403);
    }

    /** A client of the stream, reading its lines; opened once the server has said "open" (it then follows). */
    private record Stream(HttpResponse<InputStream> response, BufferedReader lines) implements AutoCloseable {

        static Stream open(UUID patient, UUID caller, String role) throws Exception {
            HttpResponse<InputStream> response = HTTP.send(request(patient, caller, role),
                    HttpResponse.BodyHandlers.ofInputStream());
            Stream stream = new Stream(response, new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8)));
            if (response.statusCode() == 200) {
                assertThat(stream.nextEvent()).contains(":open");
            }
            return stream;
        }

        static int status(UUID patient, UUID caller, String role) throws Exception {
            HttpResponse<String> response = HTTP.send(request(patient, caller, role),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body())
                    .startsWith("application/problem+json");
            return response.statusCode();
        }

        private static HttpRequest request(UUID patient, UUID caller, String role) {
            return HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                            + "/api/patients/" + patient + "/messages/stream"))
                    .header("Authorization", "Bearer " + TestTokens.token(caller, role))
                    .header("Accept", "text/event-stream").GET().build();
        }

        int status() {
            return response.statusCode();
        }

        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        /** The lines of the next event (up to its blank line), waiting at most 10 seconds. */
        List<String> nextEvent() throws Exception {
            return CompletableFuture.supplyAsync(() -> {
                List<String> event = new ArrayList<>();
                try {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.isEmpty() && !event.isEmpty()) {
                            return event;
                        }
                        if (!line.isEmpty()) {
                            event.add(line);
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return event;
            }).get(10, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws IOException {
            response.body().close();
        }
    }
}
