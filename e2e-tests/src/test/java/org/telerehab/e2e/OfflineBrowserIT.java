package org.telerehab.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.e2e.Platform.PORTAL;
import static org.telerehab.e2e.Platform.PROGRESS;
import static org.telerehab.e2e.Platform.as;

/**
 * A patient in a basement: with the phone offline they read their plan, log a session and a check-in (a red flag
 * ticked meanwhile tells them at once what to do), reload, and see both waiting on the device. Back online, each is
 * stored exactly once in progress-service, and sending the same two again (a second tab, a retry after a lost
 * answer) stores nothing more.
 */
class OfflineBrowserIT extends BrowserStory {

    @Test
    void logsMadeOfflineAreStoredExactlyOnceWhenTheConnectionReturns() {
        FreshPatient patient = ClinicalSteps.freshPatientWithPlan("offline");

        try (BrowserContext phone = phone("en-GB")) {
            Page page = login(phone, patient.user());
            page.waitForFunction("async () => !!(await navigator.serviceWorker.ready)");
            // online once: the pages the patient needs are kept on the device as they are read
            for (String path : List.of("/patient", "/patient/plan", "/patient/checkin", "/patient/session")) {
                page.navigate(PORTAL + path);
                page.waitForFunction("() => navigator.serviceWorker.controller !== null");
            }
            page.reload();

            phone.setOffline(true);
            assertThat(page.evaluate("() => navigator.onLine")).isEqualTo(false);
            tap(page, "painBefore", 4);
            tap(page, "painAfter", 3);
            tap(page, "perceivedIntensity", 6);
            page.locator("#submit-session").click();
            assertThat(page.locator("#offline-saved")).isVisible();
            assertThat(page.locator("#offline-queue-items li")).hasCount(1);

            page.navigate(PORTAL + "/patient/checkin"); // from the device
            assertThat(page.locator("h1")).hasText("Daily check-in");
            page.getByLabel("Numbness in your legs that keeps getting worse").check();
            assertThat(page.locator("#emergency-warning")).containsText("Stop exercising and seek medical care now");
            page.getByLabel("Numbness in your legs that keeps getting worse").uncheck();
            tap(page, "pain", 3);
            page.locator("#submit-checkin").click();
            assertThat(page.locator("#offline-saved")).isVisible();
            assertThat(page.locator("#offline-emergency")).isHidden();

            page.reload();
            assertThat(page.locator("#offline-queue-items li")).hasCount(2);
            assertThat(page.locator("#offline-queue-items li").first()).containsText("Session");
            shot(page, "95-offline-checkin-queued");
            page.navigate(PORTAL + "/patient/plan");
            assertThat(page.locator("main")).containsText("Dead bug");
            String outbox = (String) page.evaluate("() => localStorage.getItem('telerehab-outbox')");

            phone.setOffline(false);
            page.evaluate("() => window.dispatchEvent(new Event('online'))");
            assertThat(page.locator("#offline-queue")).isHidden();

            // the same two sent again: stored before, so nothing more is stored
            page.evaluate("o => { localStorage.setItem('telerehab-outbox', o); }", outbox);
            page.reload();
            assertThat(page.locator("#offline-queue")).isHidden();
        }

        String today = LocalDate.now(ZoneOffset.UTC).toString(); // the fresh patient has no profile: UTC days
        List<Map<String, Object>> sessions = as(patient.user()).queryParam("from", today)
                .when().get(PROGRESS + "/api/patients/{id}/sessions", patient.id())
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(sessions).singleElement().satisfies(s -> assertThat(s).containsEntry("painBefore", 4)
                .containsEntry("painAfter", 3).containsEntry("perceivedIntensity", 6));
        List<Map<String, Object>> checkIns = as(patient.user()).queryParam("from", today)
                .when().get(PROGRESS + "/api/patients/{id}/checkins", patient.id())
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(checkIns).singleElement().satisfies(c -> assertThat(c).containsEntry("pain", 3)
                .containsEntry("redFlags", List.of()));
    }
}
