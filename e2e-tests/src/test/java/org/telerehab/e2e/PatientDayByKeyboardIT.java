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
import static org.assertj.core.api.Assertions.fail;
import static org.telerehab.e2e.Platform.PORTAL;
import static org.telerehab.e2e.Platform.PROGRESS;
import static org.telerehab.e2e.Platform.as;

/**
 * A patient's whole day from the home page with the keyboard only (after Keycloak's login): today's session from the
 * to-do list, its three 0-10 scales set with the arrow keys, the daily check-in, and the home page saying both are
 * done. Every stop has a visible focus; what was sent is what progress-service stored.
 */
class PatientDayByKeyboardIT extends BrowserStory {

    @Test
    void thePatientsDayByKeyboardOnly() {
        FreshPatient patient = ClinicalSteps.freshPatientWithPlan("keys"); // 3 a week from today: today asks for one

        try (BrowserContext ctx = desktop()) {
            Page page = login(ctx, patient.user());
            assertThat(page.locator("#todo-session .todo-link")).hasText("Today's session");
            assertThat(page.locator("#todo-session")).containsText("Dead bug");

            tabTo(page, "#todo-session .todo-link");
            page.keyboard().press("Enter");
            page.waitForURL(PORTAL + "/patient/session");
            scale(page, "painBefore", 3);
            scale(page, "painAfter", 2);
            scale(page, "perceivedIntensity", 6);
            tabTo(page, "#submit-session");
            page.keyboard().press("Enter");
            assertThat(page.locator("#session-saved")).isVisible();

            tabTo(page, "main a[href='/patient']");
            page.keyboard().press("Enter");
            page.waitForURL(PORTAL + "/patient");
            assertThat(page.locator("#todo-session")).containsText("Done: today's session");
            tabTo(page, "#todo-checkin .todo-link");
            page.keyboard().press("Enter");
            page.waitForURL(PORTAL + "/patient/checkin");
            scale(page, "pain", 2);
            tabTo(page, "#submit-checkin");
            page.keyboard().press("Enter");
            assertThat(page.locator("main")).containsText("Thank you, your check-in is saved.");

            tabTo(page, "main a[href='/patient']");
            page.keyboard().press("Enter");
            page.waitForURL(PORTAL + "/patient");
            assertThat(page.locator("#todo-checkin")).containsText("Done: today's check-in");
            assertThat(page.locator("#week-summary")).containsText("1 of");
            shot(page, "90-patient-today-done");
        }

        String today = LocalDate.now(ZoneOffset.UTC).toString(); // the fresh patient has no profile: UTC days
        List<Map<String, Object>> sessions = as(patient.user()).queryParam("from", today)
                .when().get(PROGRESS + "/api/patients/{id}/sessions", patient.id())
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(sessions).singleElement().satisfies(s -> {
            assertThat(s).containsEntry("painBefore", 3).containsEntry("painAfter", 2)
                    .containsEntry("perceivedIntensity", 6);
        });
        List<Map<String, Object>> checkIns = as(patient.user()).queryParam("from", today)
                .when().get(PROGRESS + "/api/patients/{id}/checkins", patient.id())
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(checkIns).singleElement().satisfies(c -> assertThat(c).containsEntry("pain", 2));
    }

    /** Tabs into a 0-10 scale (it lands on 0, as nothing is chosen yet) and moves to {@code point} with the arrows. */
    private static void scale(Page page, String field, int point) {
        tabTo(page, "#" + field + "-0");
        for (int i = 0; i < point; i++) {
            page.keyboard().press("ArrowRight");
        }
        assertThat(page.locator("#" + field + "-" + point)).isChecked();
    }

    /** Presses Tab until the element is focused (at most 80 times), and checks the focus can be seen there. */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => document.activeElement.matches(s)", selector)) {
                String outline = (String) page.evaluate("""
                        () => { const e = document.activeElement;
                                const shown = e.type === 'radio' ? e.closest('label') : e;
                                return getComputedStyle(shown).outlineStyle; }""");
                assertThat(outline).as("visible focus on " + selector).isNotEqualTo("none");
                return;
            }
        }
        fail("Tab never reached " + selector);
    }
}
