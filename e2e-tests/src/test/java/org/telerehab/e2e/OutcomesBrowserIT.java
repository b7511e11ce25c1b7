package org.telerehab.e2e;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.e2e.Platform.PORTAL;

/**
 * An episode's outcomes in the browser: a patient on a plan that began eight days ago completes the week-2
 * re-assessment from their home page and sees their charts; the caring therapist reads the trend charts, discharges
 * the patient and keeps the discharge summary as a PDF, then reads their caseload's results. A fresh patient in
 * therapist2's care (therapist1's worklist belongs to {@link PortalBrowserIT}).
 */
class OutcomesBrowserIT extends BrowserStory {

    @Test
    void aWeekTwoReassessmentTheTrendChartsAndADischargeWithItsSummary() {
        FreshPatient patient = FreshPatient.create("reassessed");
        ClinicalSteps.screenedAndInCare("therapist2", patient, false); // baseline: pain 5 this week, ODI 42 %
        Map<String, Object> plan = new HashMap<>(ClinicalSteps.plan(ClinicalSteps.item(ClinicalSteps.DEAD_BUG,
                null)));
        plan.put("startDate", LocalDate.now(ZoneOffset.UTC).minusDays(8).toString()); // week 2 began yesterday
        String planId = ClinicalSteps.assign("therapist2", patient.id(), plan).statusCode(201).extract().path("id");
        ClinicalSteps.awaitSessionAccepted(patient.user(), planId);
        ClinicalSteps.checkIn(patient.user()).statusCode(201);

        try (BrowserContext patientCtx = desktop(); BrowserContext therapistCtx = desktop()) {
            // the home page says the re-assessment is due (PlanAssigned reached intake-service) and leads to it
            Page home = login(patientCtx, patient.user());
            eventually(home, () -> home.locator("#reassessment-due").count() > 0);
            assertThat(home.locator("#reassessment-due")).containsText("week 2 of your plan");
            shot(home, "70-patient-home-reassessment-due");
            home.locator("#reassessment-due a").click();
            assertThat(home.locator("h1")).containsText("week 2 of your plan");
            tap(home, "painNow", 3);
            tap(home, "painAverageWeek", 3);
            home.locator("#sb1").check();
            for (int i = 1; i <= 9; i++) {
                home.locator("#odi" + i).selectOption("1");
            }
            shot(home, "71-reassessment-form");
            home.locator("#submit-reassessment").click();
            assertThat(home.locator("#pain-change")).containsText("2 points");
            shot(home, "72-reassessment-saved");

            // the patient's charts: pain over the episode and, once progress-service has it, the re-assessment
            home.navigate(PORTAL + "/patient/progress");
            eventually(home, () -> home.locator("#odi-chart").count() > 0);
            for (String chart : List.of("#pain-chart", "#odi-chart", "#practice-chart")) {
                assertThat(home.locator(chart + " canvas").first()).isVisible();
            }
            assertThat(home.locator("#odi-chart figcaption")).containsText("at the latest re-assessment");
            assertThat(home.locator("#practice-chart figcaption")).containsText("against the plan's 3 a week");
            shot(home, "73-patient-progress-charts");

            // the therapist reads the same trend, discharges the patient and keeps the summary
            Page therapist = login(therapistCtx, "therapist2");
            therapist.navigate(PORTAL + "/therapist/patients/" + patient.id());
            assertThat(therapist.locator("#pain-chart canvas").first()).isVisible();
            assertThat(therapist.locator("#odi-chart canvas").first()).isVisible();
            assertThat(therapist.locator("#monitoring-days strong")).hasText("1");
            shot(therapist, "74-therapist-trend-charts");
            therapist.getByLabel("Reason for the discharge").fill("Goals met: back to running twice a week.");
            therapist.locator("#discharge").click();
            assertThat(therapist.locator("#patient-discharged")).isVisible();
            therapist.locator("#patient-discharged a").click();
            assertThat(therapist.locator("h1")).hasText("Discharge summary");
            assertThat(therapist.locator("body")).containsText("a minimal important change");
            shot(therapist, "75-discharge-summary");
            APIResponse pdf = therapist.request().get(PORTAL + "/therapist/patients/" + patient.id()
                    + "/summary/pdf");
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            // the caseload's results count the episode with its important improvement
            therapist.navigate(PORTAL + "/therapist/results");
            assertThat(therapist.locator("#pain-mcid-chart canvas").first()).isVisible();
            assertThat(therapist.locator("#results-facts")).containsText("Re-assessed at least once");
            shot(therapist, "76-caseload-results");
        }
    }
}
