package org.telerehab.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.telerehab.e2e.Platform.KEYCLOAK;
import static org.telerehab.e2e.Platform.PATIENT1;
import static org.telerehab.e2e.Platform.PATIENT2;
import static org.telerehab.e2e.Platform.REGISTRY;
import static org.telerehab.e2e.Platform.THERAPIST1;
import static org.telerehab.e2e.Platform.PROGRAM;
import static org.telerehab.e2e.Platform.as;
import static org.telerehab.e2e.Platform.PORTAL;

/**
 * The portal in a real browser (Debian's chromium, driven by Playwright) against the running platform: the whole
 * clinical story through the pages, the 403 page and the login redirect. Screenshots of every page at phone (375 px)
 * and desktop (1280 px) width go to {@code e2e-tests/target/screenshots/}.
 *
 * <p>The story is the issues': patient1 screens, therapist1 takes them into care, plans (acknowledging each safety
 * warning at its exercise), and sees their flare; patient1 then reports an emergency at check-in and is told to stop
 * and seek care, their programme on hold; therapist1 finds them on top of the worklist, reads the red-flag history,
 * records the clearance and assigns a new plan. Therapist1 also writes a new exercise in the library editor and edits
 * it into version 2, and admin1 finds an emergency nobody acted on. {@link ClinicalLoopIT} and {@link RedFlagLoopIT}
 * drive other patients with therapist2 on the same fresh platform, in either order, so therapist1's worklist holds
 * only patient1 and patients in nobody's care.
 */
class PortalBrowserIT extends BrowserStory {

    private static final String KNEE_TO_CHEST = "5eed0e00-0000-4000-8000-000000000014";
    private static final String GLUTE_BRIDGE = "5eed0e00-0000-4000-8000-000000000006";
    private static final Duration ESCALATION = Duration.ofSeconds(90);

    @Test
    void patientScreensTherapistPlansPatientLogsAFlareTherapistSeesIt() {
        String p1 = PATIENT1.toString();
        try (BrowserContext patientCtx = desktop(); BrowserContext therapistCtx = desktop()) {
            Page patient = login(patientCtx, "patient1");
            assertThat(patient).hasURL(PORTAL + "/patient");
            shot(patient, "01-patient-home");

            // screening: red flags first; an emergency flag shows the emergency message at once
            patient.navigate(PORTAL + "/patient/screening");
            Locator emergency = patient.locator("#emergency-warning");
            assertThat(emergency).isHidden();
            shot(patient, "02-screening-form");
            // the bladder and bowel sign names the early signs, not only a loss of control
            Locator bladder = patient.getByLabel("Changes when you pass urine or stool: trouble starting");
            bladder.check();
            assertThat(emergency).isVisible();
            assertThat(emergency).containsText("Stop exercising and seek medical care now");
            shot(patient, "03-screening-emergency-flag");
            bladder.uncheck();
            assertThat(emergency).isHidden();

            patient.getByLabel("Lower back").check();
            patient.getByLabel("The pain spreads down my leg, below the knee").check();
            tap(patient, "painNow", 6);
            tap(patient, "painAverageWeek", 5);
            patient.getByLabel("For how many weeks?").fill("14");
            patient.getByLabel("Usual wake-up time").fill("06:30");
            patient.locator("#sb1").check();
            patient.locator("#sb2").check();
            patient.locator("#sb5").check();
            patient.getByLabel("Overall, how bothersome").selectOption("MODERATELY");
            for (int i = 1; i <= 9; i++) {
                patient.locator("#odi" + i).selectOption("2");
            }
            patient.locator("#submit-screening").click();
            assertThat(patient.locator("#pain-types")).containsText("sciatic");
            assertThat(patient.locator("#disposition")).containsText("Ready for a programme");
            shot(patient, "04-screening-result");

            patient.navigate(PORTAL + "/patient/plan");
            assertThat(patient.locator("#no-plan")).isVisible();

            // the therapist sees patient1 on the worklist (ScreeningCompleted through Kafka) and takes them into care
            Page therapist = login(therapistCtx, "therapist1");
            assertThat(therapist).hasURL(PORTAL + "/therapist");
            Locator entry = therapist.locator("li[data-patient-id='" + p1 + "']");
            eventually(therapist, () -> entry.count() > 0);
            assertThat(entry.locator(".badge.status")).hasAttribute("data-status", "NEW");
            // their name, from registry-service (the demo profile), where an id used to be
            assertThat(entry.locator("h2")).hasText("Pat One");
            shot(therapist, "05-therapist-worklist");
            entry.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
            assertThat(therapist).hasURL(PORTAL + "/therapist/patients/" + p1);
            assertThat(therapist.locator("h1")).hasText("Pat One");
            eventually(therapist, () -> therapist.getByText("STarT Back").count() > 0);
            shot(therapist, "06-therapist-patient");

            // plan builder: the LUMBAR template, plus knee-to-chest; each safety warning is answered at its exercise
            therapist.locator("#build-plan").click();
            assignLumbarPlanWithKneeToChest(therapist, 1, "07-plan-builder", "08-plan-safety-warnings");
            shot(therapist, "09-plan-assigned");
            // stored for the exercise each warning named, by the therapist who ticked it
            as("therapist1").when().get(PROGRAM + "/api/patients/{id}/plans/active", PATIENT1).then().statusCode(200)
                    .body("acknowledgedWarnings.find { it.code == 'FLEXION_STRETCH_FOR_BACK_PAIN' }.exerciseId",
                            org.hamcrest.Matchers.equalTo(KNEE_TO_CHEST))
                    .body("acknowledgedWarnings.by", org.hamcrest.Matchers.everyItem(
                            org.hamcrest.Matchers.equalTo(THERAPIST1.toString())));

            // the patient sees the plan with dose, limits and cues
            patient.navigate(PORTAL + "/patient/plan");
            assertThat(patient.locator("body")).containsText("Knee-to-chest stretch");
            assertThat(patient.locator("body")).containsText("never 8+");
            assertThat(patient.locator("#micro-breaks")).containsText("micro-session");
            shot(patient, "10-patient-plan");

            // a session with high pain (PlanAssigned must reach progress-service first)
            patient.navigate(PORTAL + "/patient/session");
            shot(patient, "11-session-form");
            Instant until = Instant.now().plus(CROSSING);
            while (true) {
                tap(patient, "painBefore", 8);
                tap(patient, "painAfter", 7);
                tap(patient, "perceivedIntensity", 6);
                patient.locator("#submit-session").click();
                patient.waitForSelector("#session-saved, #problem"); // the portal's answer, written in place
                if (patient.locator("#session-saved").count() > 0 || Instant.now().isAfter(until)) {
                    break;
                }
                patient.waitForTimeout(2000);
                patient.navigate(PORTAL + "/patient/session");
            }
            assertThat(patient.locator("#session-saved")).isVisible();
            assertThat(patient.locator("body")).containsText("Pain flare");
            shot(patient, "12-session-saved-flare");

            // a daily check-in; the emergency message appears as soon as an emergency flag is ticked
            patient.navigate(PORTAL + "/patient/checkin");
            patient.getByLabel("Numbness in your legs that keeps getting worse").check();
            assertThat(patient.locator("#emergency-warning")).isVisible();
            shot(patient, "13-checkin-emergency-flag");
            patient.getByLabel("Numbness in your legs that keeps getting worse").uncheck();
            tap(patient, "pain", 5);
            patient.locator("#submit-checkin").click();
            assertThat(patient.locator("h1")).hasText("Check-in saved");
            shot(patient, "14-checkin-saved");

            patient.navigate(PORTAL + "/patient/progress");
            // the pain chart, drawn by uPlot from the portal's own copy (a canvas), with its figures in words
            assertThat(patient.locator("#pain-chart canvas").first()).isVisible();
            assertThat(patient.locator("#pain-chart figcaption")).containsText("at the start");
            assertThat(patient.locator("body")).containsText("Sessions logged");
            shot(patient, "15-patient-progress");

            // the therapist sees the FLARE alert on the worklist (AlertRaised through Kafka) and resolves it
            therapist.navigate(PORTAL + "/therapist");
            eventually(therapist, () -> therapist.locator("li[data-patient-id='" + p1 + "']")
                    .textContent().contains("Alert: Pain flare"));
            shot(therapist, "16-worklist-flare");
            therapist.navigate(PORTAL + "/therapist/patients/" + p1);
            Locator flare = therapist.locator("#alerts li[data-alert-type='FLARE']");
            assertThat(flare).isVisible();
            shot(therapist, "17-patient-flare-alert");
            flare.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
            assertThat(therapist.locator("#no-alerts")).isVisible();

            // a patient in nobody's care with an open review flag ranks above patient1 until patient1's emergency
            FreshPatient waiting = FreshPatient.create("waiting-review");
            ClinicalSteps.awaitOnWorklist("therapist1", waiting.id(),
                    ClinicalSteps.screen(waiting.user(), false, "NIGHT_PAIN"));

            // patient1 reports an emergency at check-in: told at once to stop and seek care, the advice lists every sign
            patient.navigate(PORTAL + "/patient/checkin");
            patient.getByLabel("Pain, pins and needles, numbness or weakness in both legs").check();
            assertThat(patient.locator("#emergency-warning")).isVisible();
            tap(patient, "pain", 7);
            patient.locator("#submit-checkin").click();
            Locator told = patient.locator("#emergency-result");
            assertThat(told).containsText("Stop exercising and seek medical care now");
            assertThat(told.locator("#advice")).containsText("Seek medical care now");
            assertThat(told.locator("#advice")).containsText("Dizziness, double vision");
            shot(patient, "40-checkin-emergency-saved");

            // the programme is on hold, in plain words first, with what to do now
            patient.navigate(PORTAL + "/patient");
            eventually(patient, () -> patient.locator("#programme-hold").count() > 0);
            assertThat(patient.locator("#hold-title")).hasText("Your programme is on hold: please do not exercise");
            assertThat(patient.locator("#hold-flags")).containsText("numbness or weakness in both legs");
            assertThat(patient.locator("#hold-what-to-do")).containsText("seek medical care now");
            shot(patient, "41-patient-home-on-hold");
            patient.navigate(PORTAL + "/patient/plan");
            assertThat(patient.locator("#programme-hold")).isVisible();
            shot(patient, "42-patient-plan-on-hold");

            // therapist1: patient1 on top of the worklist, the emergency in words, above the waiting review flag
            therapist.navigate(PORTAL + "/therapist");
            eventually(therapist, () -> p1.equals(therapist.locator("li.entry").first()
                    .getAttribute("data-patient-id")));
            Locator top = therapist.locator("li.entry").first();
            assertThat(top).containsText("Emergency red flag, open");
            assertThat(top).containsText("Bilateral leg symptoms");
            assertThat(top.locator(".badge.status")).hasAttribute("data-status", "BLOCKED");
            assertThat(therapist.locator("li.entry").nth(1)).hasAttribute("data-patient-id", waiting.id().toString());
            assertThat(therapist.locator("li.entry").nth(1)).containsText("Review red flag, open");
            shot(therapist, "43-worklist-emergency-on-top");

            // the red-flag history: the check-in's report, open; "I have seen this and acted"; then the clearance
            top.locator("a.button").click();
            assertThat(therapist).hasURL(PORTAL + "/therapist/patients/" + p1);
            Locator newest = therapist.locator("#red-flag-history li.report").first();
            assertThat(newest).hasAttribute("data-state", "OPEN");
            assertThat(newest).containsText("Emergency red flag");
            assertThat(newest).containsText("reported at a daily check-in");
            assertThat(newest).containsText("Bilateral leg symptoms");
            assertThat(therapist.locator("#current-plan")).containsText("paused");
            shot(therapist, "44-patient-red-flag-history");
            newest.locator("button.acknowledge").click();
            assertThat(therapist.locator("#report-acknowledged")).isVisible();
            assertThat(therapist.locator("#red-flag-history li.report").first()).containsText("Acted on by you");
            therapist.getByLabel("Clearance note").fill("Seen at A&E by Dr Lee today: no cauda equina, cleared for "
                    + "gentle exercise.");
            therapist.locator("#record-clearance").click();
            assertThat(therapist.locator("#clearance-recorded")).containsText("1 open red-flag report(s) closed");
            Locator cleared = therapist.locator("#red-flag-history li.report").first();
            assertThat(cleared).hasAttribute("data-state", "CLEARED");
            assertThat(cleared).containsText("Cleared by you");
            shot(therapist, "45-clearance-recorded");

            // a new plan, each warning acknowledged at its exercise
            therapist.locator("#build-plan").click();
            assignLumbarPlanWithKneeToChest(therapist, 2, null, "46-plan-v2-warnings");
            shot(therapist, "47-plan-v2-assigned");

            // the patient's programme is back
            patient.navigate(PORTAL + "/patient/plan");
            assertThat(patient.locator("#programme-hold")).hasCount(0);
            assertThat(patient.locator("body")).containsText("version 2");
            assertThat(patient.locator("body")).containsText("Knee-to-chest stretch");
            shot(patient, "48-patient-plan-v2");

            therapist.navigate(PORTAL + "/therapist/exercises");
            assertThat(therapist.locator("body")).containsText("Knee-to-chest stretch");
            shot(therapist, "18-exercise-library");
        }
    }

    @Test
    void therapistWritesAnExerciseMeetsAReadableValidationErrorAndEditsItIntoVersion2() {
        try (BrowserContext ctx = desktop()) {
            Page therapist = login(ctx, "therapist1");
            therapist.navigate(PORTAL + "/therapist/exercises");
            therapist.locator("#new-exercise").click();
            assertThat(therapist).hasURL(PORTAL + "/therapist/exercises/new");
            assertThat(therapist.locator("h1")).hasText("New exercise");
            shot(therapist, "19-exercise-editor-new");

            // an intensity cap of 11 and no region: program-service refuses (422); the page says so in words
            therapist.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Wall-supported hip hinge");
            therapist.getByLabel("Summary").fill("Learn to bend from the hips, not the lower back.");
            therapist.locator("#steps").fill("Stand tall, dowel along your back\nPush the hips back\nReturn slowly");
            therapist.locator("#cues").fill("Dowel touches head, upper back and tailbone");
            therapist.locator("#equipment").fill("dowel, mirror");
            therapist.getByLabel("Hip hinge").check();
            therapist.getByLabel("Sets").fill("3");
            therapist.getByLabel("Reps").fill("8");
            therapist.getByLabel("Hold (seconds)").fill("0");
            therapist.getByLabel("Intensity cap (1-10)").fill("11");
            therapist.getByLabel("Regression (the easier step back)").selectOption(
                    new com.microsoft.playwright.options.SelectOption().setLabel("Glute bridge"));
            therapist.locator("#save-exercise").click();

            Locator problem = therapist.locator("#problem");
            assertThat(problem).isVisible();
            assertThat(problem).containsText("The exercise was not saved");
            assertThat(problem).containsText("Intensity cap (1-10): must be less than or equal to 10");
            assertThat(problem).containsText("Regions: must not be empty");
            assertThat(therapist.locator("#intensityCap-error")).containsText("must be less than or equal to 10");
            assertThat(therapist.locator("#regions-error")).containsText("must not be empty");
            assertThat(therapist.locator("#intensityCap")).hasAttribute("aria-invalid", "true");
            // what the therapist wrote is still there, and no JSON reached the page
            assertThat(therapist.locator("#name")).hasValue("Wall-supported hip hinge");
            assertThat(therapist.locator("#steps")).hasValue("Stand tall, dowel along your back\nPush the hips back\nReturn slowly");
            assertThat(therapist.locator("#tag-HIP_HINGE")).isChecked();
            assertThat(therapist.locator("#intensityCap")).hasValue("11");
            assertThat(therapist.locator("#regressionId option:checked")).hasText("Glute bridge");
            String page = therapist.locator("body").innerText();
            assertThat(page).doesNotContain("{").doesNotContain("\"errors\"").doesNotContain("intensityCap must");
            shot(therapist, "20-exercise-editor-validation-error");

            // fixed from the keyboard: tick a region with Space, correct the cap, Enter submits
            therapist.getByLabel("Lower back", new Page.GetByLabelOptions().setExact(true)).press("Space");
            therapist.getByLabel("Intensity cap (1-10)").fill("6");
            therapist.getByLabel("Intensity cap (1-10)").press("Enter");
            therapist.waitForURL(url -> url.contains("?saved=1"));
            assertThat(therapist.locator("#exercise-saved")).containsText("Saved as version 1");
            assertThat(therapist.locator("#exercise-version")).containsText("This is version 1");
            String id = therapist.url().replaceAll("^.*/therapist/exercises/([0-9a-f-]{36}).*$", "$1");
            shot(therapist, "21-exercise-editor-saved-v1");

            // an edit makes version 2; plans keep the version they were given
            therapist.getByLabel("Intensity cap (1-10)").fill("5");
            therapist.locator("#cues").fill("Dowel touches head, upper back and tailbone\nKnees soft, shins vertical");
            assertThat(therapist.locator("#save-exercise")).hasText("Save as version 2");
            therapist.locator("#save-exercise").click();
            therapist.waitForURL(url -> url.contains("?saved=2"));
            assertThat(therapist.locator("#exercise-saved")).containsText("Saved as version 2");
            assertThat(therapist.locator("#exercise-saved")).containsText("Plans already assigned keep the version they were given");
            assertThat(therapist.locator("#exercise-version")).containsText("This is version 2");
            assertThat(therapist.locator("#intensityCap")).hasValue("5");
            assertThat(therapist.locator("#cues")).hasValue("Dowel touches head, upper back and tailbone\nKnees soft, shins vertical");
            shot(therapist, "22-exercise-editor-version-2");

            therapist.navigate(PORTAL + "/therapist/exercises?q=Wall-supported");
            Locator card = therapist.locator("[data-exercise-id='" + id + "']");
            assertThat(card).containsText("Wall-supported hip hinge");
            assertThat(card).containsText("version 2");
            assertThat(card).containsText("Lower back");

            // program-service kept version 1 as it was for plans that were given it
            as("therapist1").when().get(PROGRAM + "/api/exercises/{id}?version=1", id).then().statusCode(200)
                    .body("version", org.hamcrest.Matchers.equalTo(1))
                    .body("intensityCap", org.hamcrest.Matchers.equalTo(6))
                    .body("regressionId", org.hamcrest.Matchers.equalTo(GLUTE_BRIDGE));
            as("therapist1").when().get(PROGRAM + "/api/exercises/{id}", id).then().statusCode(200)
                    .body("version", org.hamcrest.Matchers.equalTo(2))
                    .body("intensityCap", org.hamcrest.Matchers.equalTo(5));
        }
    }

    @Test
    void anAdminFindsAnEmergencyNobodyActedOnFromTheirHome() {
        FreshPatient unseen = FreshPatient.create("unseen-emergency");
        ClinicalSteps.screenedAndInCare("therapist2", unseen, false);
        ClinicalSteps.checkIn(unseen.user(), "CERVICAL_ARTERY_SIGNS").statusCode(201);
        try (BrowserContext ctx = desktop()) {
            Page admin = login(ctx, "admin1");
            assertThat(admin).hasURL(PORTAL + "/admin");
            admin.locator("#escalated-link").click();
            assertThat(admin).hasURL(PORTAL + "/admin/red-flags");
            Locator entry = admin.locator("li[data-patient-id='" + unseen.id() + "']");
            eventually(admin, ESCALATION, () -> entry.count() > 0);
            assertThat(entry).containsText("Emergency red flag, open");
            assertThat(entry).containsText("Cervical arterial signs");
            assertThat(entry).containsText("Escalated to the clinic's admins");
            shot(admin, "51-admin-escalated");
            admin.navigate(PORTAL + "/admin");
            assertThat(admin.locator("#escalated-card")).containsText("emergency red flag(s)");
            shot(admin, "50-admin-home");
        }
    }

    @Test
    void anAdminClosesTheAccountOfATherapistWhoLeftAndTheirPatientsEmergencyReachesTheAdmins() {
        FreshTherapist leaving = FreshTherapist.invite("Leaving");
        FreshPatient patient = FreshPatient.create("left-behind");
        ClinicalSteps.screenedAndInCare(leaving.user(), patient, false);
        try (BrowserContext ctx = desktop()) {
            Page admin = login(ctx, "admin1");
            admin.locator("#therapists-link").click();
            assertThat(admin).hasURL(PORTAL + "/admin/therapists");
            Locator entry = admin.locator("li[data-therapist-id='" + leaving.id() + "']");
            assertThat(entry).containsText(leaving.name());
            entry.getByLabel(leaving.name() + " has left").check();
            shot(admin, "52-admin-therapists");
            entry.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close account")).click();
            assertThat(admin.locator("#account-closed")).containsText(leaving.name() + " can no longer log in");
            assertThat(entry).containsText("Account closed");

            // Keycloak lets them in no more; the token they hold loses the patient as soon as program-service knows
            given().formParams(Map.of("grant_type", "password", "client_id", "telerehab-cli",
                            "username", leaving.user(), "password", leaving.user()))
                    .when().post(KEYCLOAK + "/protocol/openid-connect/token").then().statusCode(400);
            await().atMost(CROSSING).untilAsserted(() -> as(leaving.user()).when()
                    .get(PROGRAM + "/api/patients/{id}/red-flags", patient.id()).then().statusCode(403));

            ClinicalSteps.checkIn(patient.user(), "CERVICAL_ARTERY_SIGNS").statusCode(201);
            admin.navigate(PORTAL + "/admin/red-flags");
            Locator escalated = admin.locator("li[data-patient-id='" + patient.id() + "']");
            eventually(admin, ESCALATION, () -> escalated.count() > 0);
            assertThat(escalated).containsText("Emergency red flag, open");
        }
    }

    @Test
    void aPatientKeepsTheirPhoneLanguageAndTimeZoneOnTheirProfile() {
        try (BrowserContext ctx = desktop()) {
            Page patient = login(ctx, "patient2");
            assertThat(patient.locator("html")).hasAttribute("lang", "es"); // the demo profile's language
            patient.locator("header nav a[href='/patient/profile']").click();
            assertThat(patient).hasURL(PORTAL + "/patient/profile");
            assertThat(patient.locator("#who-you-are")).containsText("Pia Two");
            // her profile is in Spanish: the fields by their ids
            assertThat(patient.locator("label[for='timeZone']")).hasText("Zona horaria");
            patient.locator("#locale").selectOption("fr");
            patient.locator("#timeZone").fill("Europe/Paris");
            patient.locator("#phone").fill("+33 6 12 34 56 78");
            shot(patient, "60-patient-profile");
            patient.locator("#save-profile").click();
            assertThat(patient.locator("#profile-saved")).isVisible();
            assertThat(patient.locator("html")).hasAttribute("lang", "fr"); // saved: the profile now in French
            assertThat(patient.locator("#timeZone")).hasValue("Europe/Paris");
            patient.navigate(PORTAL + "/patient");
            assertThat(patient.locator("html")).hasAttribute("lang", "fr"); // the new language, at once

            as("patient2").when().get(REGISTRY + "/api/patients/{id}", PATIENT2).then().statusCode(200)
                    .body("locale", org.hamcrest.Matchers.equalTo("fr"))
                    .body("timeZone", org.hamcrest.Matchers.equalTo("Europe/Paris"))
                    .body("phone", org.hamcrest.Matchers.equalTo("+33 6 12 34 56 78"));
        } finally {
            // the demo profile as the local data has it, for whatever runs next
            as("patient2").body(Map.of("locale", "es", "timeZone", "Europe/Madrid")).when()
                    .patch(REGISTRY + "/api/patients/{id}", PATIENT2).then().statusCode(200);
        }
    }

    @Test
    void aPatientOpeningATherapistPageGetsTheForbiddenPage() {
        try (BrowserContext ctx = desktop()) {
            Page page = login(ctx, "patient1");
            Response response = page.navigate(PORTAL + "/therapist");
            assertThat(response.status()).isEqualTo(403);
            assertThat(page.locator("h1")).hasText("You cannot open this page");
            assertThat(page.locator("body")).not().containsText("Exception");
            shot(page, "30-forbidden");
        }
    }

    @Test
    void aLoggedOutUserIsSentToTheLogin() {
        try (BrowserContext ctx = desktop()) {
            Page page = ctx.newPage();
            page.navigate(PORTAL + "/patient/plan");
            assertThat(page.url()).startsWith(KEYCLOAK + "/protocol/openid-connect/auth");
            assertThat(page.locator("#username")).isVisible();
            shot(page, "31-keycloak-login");

            // log in, log out, and the pages ask for the login again
            page.locator("#username").fill("patient1");
            page.locator("#password").fill("patient1");
            page.locator("#kc-login").click();
            assertThat(page).hasURL(PORTAL + "/patient/plan");
            page.locator("#logout").click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile("^" + PORTAL + "/(\\?.*)?$"));
            assertThat(page.locator("#login")).isVisible();
            page.navigate(PORTAL + "/patient");
            assertThat(page.url()).startsWith(KEYCLOAK + "/protocol/openid-connect/auth");
        }
    }

    /**
     * The plan builder, opened: the LUMBAR template plus knee-to-chest for sciatic patient1. The safety check answers
     * warnings at their exercises (knee-to-chest's three among them), each with its own box; every box is ticked
     * where it stands and the plan is assigned as {@code version}.
     */
    private static void assignLumbarPlanWithKneeToChest(Page therapist, int version, String builderShot,
                                                        String warningsShot) {
        String lumbar = therapist.locator("#template option", new Page.LocatorOptions().setHasText("(Lower back)"))
                .first().getAttribute("value");
        therapist.getByLabel("Start from a template").selectOption(lumbar);
        therapist.locator("#use-template").click();
        assertThat(therapist.locator(".item-row").first()).isVisible();
        therapist.getByLabel("Add an exercise").selectOption(KNEE_TO_CHEST);
        therapist.locator("#add-exercise").click();
        Locator knee = therapist.locator(".item-row[data-exercise-id='" + KNEE_TO_CHEST + "']");
        assertThat(knee).isVisible();
        if (builderShot != null) {
            shot(therapist, builderShot);
        }
        therapist.locator("#assign-plan").click();
        assertThat(therapist.locator("#warning-summary")).isVisible();
        for (String code : List.of("FLEXION_WITH_SCIATIC", "MORNING_FLEXION", "FLEXION_STRETCH_FOR_BACK_PAIN")) {
            Locator box = knee.locator("[data-warning='" + code + "'] input[type=checkbox]");
            assertThat(box).isVisible();
            assertThat(box).not().isChecked();
        }
        shot(therapist, warningsShot);
        Locator boxes = therapist.locator(".item-row fieldset.warnings input[type=checkbox]");
        for (int i = 0; i < boxes.count(); i++) {
            boxes.nth(i).check();
        }
        therapist.locator("#assign-plan").click();
        assertThat(therapist.locator("#plan-assigned")).containsText("Plan version " + version + " assigned");
    }
}
