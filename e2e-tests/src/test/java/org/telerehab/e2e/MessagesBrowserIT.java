package org.telerehab.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.telerehab.e2e.Platform.PORTAL;

/**
 * The therapist writes to their patient; the patient, on a phone with the thread open, sees the message appear without
 * reloading (engagement-service's stream relayed by the portal) and answers; the therapist reads the answer. Needs
 * engagement-service (port 8085) in the local platform: skipped while it is not there.
 */
class MessagesBrowserIT extends BrowserStory {

    @BeforeAll
    static void engagementServiceRuns() {
        boolean up;
        try {
            HttpResponse<Void> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:8085/q/health/ready")).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
            up = health.statusCode() == 200;
        } catch (Exception e) {
            up = false;
        }
        assumeTrue(up, "engagement-service (8085) is not in the local platform yet");
    }

    @Test
    void theTherapistWritesAndThePatientSeesItLiveAndAnswers() {
        FreshPatient patient = ClinicalSteps.freshPatientWithPlan("messages");
        try (BrowserContext phone = phone("en-GB"); BrowserContext desk = desktop()) {
            Page patientPage = login(phone, patient.user());
            patientPage.navigate(PORTAL + "/patient/messages");
            assertThat(patientPage.locator("h1")).hasText("Messages with your therapist");

            Page therapist = login(desk, "therapist2");
            therapist.navigate(PORTAL + "/therapist/patients/" + patient.id());
            therapist.locator("#patient-messages").click();
            therapist.getByLabel("Your message").fill("How did the dead bug go today? <b>not bold</b>");
            therapist.locator("#send-message").click();
            assertThat(therapist.locator("#message-sent")).isVisible();

            // the patient's open page gets it without a reload, as text, and a screen reader is told
            assertThat(patientPage.locator("#thread .message").last()).containsText("<b>not bold</b>",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                            .setTimeout(CROSSING.toMillis()));
            assertThat(patientPage.locator("#thread .message").last()).containsText("Your therapist");
            assertThat(patientPage.locator("#message-announcer")).containsText("How did the dead bug go");
            shot(patientPage, "90-patient-message-live");

            patientPage.getByLabel("Your message").fill("Fine, a little stiff in the morning.");
            patientPage.locator("#send-message").click();
            assertThat(patientPage.locator("#message-sent")).isVisible();

            therapist.reload();
            assertThat(therapist.locator("#thread .message").last()).containsText("a little stiff");
            assertThat(therapist.locator("#thread .message").last()).containsText("The patient");
            shot(therapist, "91-therapist-reads-answer");
        }
    }
}
