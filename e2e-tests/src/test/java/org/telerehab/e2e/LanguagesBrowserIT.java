package org.telerehab.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.e2e.Platform.PORTAL;

/**
 * A patient whose phone speaks Spanish, and one whose phone speaks Arabic (right to left), walk their day: the today
 * page, the session form and its result, their progress and their plan in their language.
 * (A patient's profile language comes first; the fresh patients here have none, so the browser's is used.)
 */
class LanguagesBrowserIT extends BrowserStory {

    @Test
    void aSpanishSpeakingPatientLogsASessionInSpanish() {
        FreshPatient patient = ClinicalSteps.freshPatientWithPlan("es");
        try (BrowserContext phone = phone("es-ES")) {
            Page page = login(phone, patient.user());
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            assertThat(page.locator("#todo-title")).hasText("Para hoy");
            assertThat(page.locator("#todo-session .todo-link")).hasText("La sesión de hoy");
            shot(page, "96-today-es");
            page.locator("#todo-session .todo-link").click();
            assertThat(page.locator("h1")).hasText("Registrar una sesión");
            tap(page, "painBefore", 3);
            tap(page, "painAfter", 3);
            tap(page, "perceivedIntensity", 6);
            shot(page, "97-session-es");
            page.locator("#submit-session").click();
            assertThat(page.locator("#session-saved")).hasText("¡Bien hecho! Su sesión está guardada.");
            page.navigate(PORTAL + "/patient/progress"); // translated: her progress in Spanish
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            assertThat(page.locator("h1")).hasText("Mi progreso");
            page.navigate(PORTAL + "/patient/plan"); // every patient page is translated: her plan too
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            assertThat(page.locator("h1")).hasText("Mi plan");
            assertThat(page.locator("#page-in-english")).hasCount(0);
        }
    }

    @Test
    void anArabicSpeakingPatientReadsTheirDayRightToLeft() {
        FreshPatient patient = ClinicalSteps.freshPatientWithPlan("ar");
        try (BrowserContext phone = phone("ar-EG")) {
            Page page = login(phone, patient.user());
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            assertThat(page.locator("#todo-title")).hasText("مهام اليوم");
            // right to left: the to-do mark stands to the right of its text, and nothing runs off a phone's width
            double mark = ((Number) page.evaluate("() => document.querySelector('#todo-session .todo-mark')"
                    + ".getBoundingClientRect().left")).doubleValue();
            double link = ((Number) page.evaluate("() => document.querySelector('#todo-session .todo-link')"
                    + ".getBoundingClientRect().left")).doubleValue();
            assertThat(mark).isGreaterThan(link);
            assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(375);
            assertThat(new AxeBuilder(page).withTags(AccessibilityBrowserIT.WCAG_AA).analyze().getViolations())
                    .noneMatch(rule -> AccessibilityBrowserIT.BLOCKING.contains(rule.getImpact()));
            shot(page, "98-today-ar");
            page.navigate(PORTAL + "/patient/session");
            assertThat(page.locator("h1")).hasText("تسجيل جلسة");
            shot(page, "99-session-ar");
        }
    }
}
