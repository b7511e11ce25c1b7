package org.telerehab.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.e2e.Platform.KEYCLOAK;
import static org.telerehab.e2e.Platform.PATIENT1;
import static org.telerehab.e2e.Platform.PROGRAM;
import static org.telerehab.e2e.Platform.as;
import static org.telerehab.e2e.Platform.PORTAL;

/**
 * The portal in a real browser (Debian's chromium, driven by Playwright) against the running platform: the whole
 * clinical story through the pages, the 403 page and the login redirect. Screenshots of every page at phone (375 px)
 * and desktop (1280 px) width go to {@code e2e-tests/target/screenshots/}.
 *
 * <p>The story is the issue's: patient1 screens, therapist1 takes them into care, plans, and sees their flare; then
 * therapist1 writes a new exercise in the library editor and edits it into version 2. {@link ClinicalLoopIT} drives
 * patient2 with therapist1 through the services on the same fresh platform, in either order, so everything here
 * looks for patient1's own worklist entry and pages.
 */
@ExtendWith(RunningPlatform.class)
class PortalBrowserIT {

    private static final String KNEE_TO_CHEST = "5eed0e00-0000-4000-8000-000000000014";
    private static final String GLUTE_BRIDGE = "5eed0e00-0000-4000-8000-000000000006";
    private static final Duration CROSSING = Duration.ofSeconds(45);
    private static final Path SHOTS = Path.of(System.getProperty("telerehab.root", ".."))
            .resolve("e2e-tests/target/screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() throws Exception {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("telerehab.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

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
            patient.getByLabel("New or worsening problems controlling your bladder or bowels").check();
            assertThat(emergency).isVisible();
            assertThat(emergency).containsText("Stop exercising and seek medical care now");
            shot(patient, "03-screening-emergency-flag");
            patient.getByLabel("New or worsening problems controlling your bladder or bowels").uncheck();
            assertThat(emergency).isHidden();

            patient.getByLabel("Lower back").check();
            patient.getByLabel("The pain spreads down my leg, below the knee").check();
            patient.getByLabel("Pain right now").fill("6");
            patient.getByLabel("Average pain this week").fill("5");
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
            assertThat(entry).containsText("NEW");
            shot(therapist, "05-therapist-worklist");
            entry.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
            assertThat(therapist).hasURL(PORTAL + "/therapist/patients/" + p1);
            eventually(therapist, () -> therapist.getByText("STarT Back").count() > 0);
            shot(therapist, "06-therapist-patient");

            // plan builder: the LUMBAR template, plus knee-to-chest; the safety check answers warnings inline
            therapist.locator("#build-plan").click();
            String lumbar = therapist.locator("#template option", new Page.LocatorOptions().setHasText("(LUMBAR)"))
                    .first().getAttribute("value");
            therapist.getByLabel("Start from a template").selectOption(lumbar);
            therapist.locator("#use-template").click();
            assertThat(therapist.locator(".item-row").first()).isVisible();
            therapist.getByLabel("Add an exercise").selectOption(KNEE_TO_CHEST);
            therapist.locator("#add-exercise").click();
            assertThat(therapist.locator(".item-row[data-exercise-id='" + KNEE_TO_CHEST + "']")).isVisible();
            shot(therapist, "07-plan-builder");
            therapist.locator("#assign-plan").click();
            Locator warnings = therapist.locator("#safety-warnings");
            assertThat(warnings).isVisible();
            assertThat(warnings).containsText("FLEXION_WITH_SCIATIC");
            assertThat(therapist.locator(".item-row[data-exercise-id='" + KNEE_TO_CHEST + "'] .warning").first())
                    .isVisible();
            shot(therapist, "08-plan-safety-warnings");
            for (int attempt = 0; attempt < 3 && therapist.locator("#safety-warnings").count() > 0; attempt++) {
                Locator boxes = therapist.locator("#safety-warnings input[type=checkbox]");
                for (int i = 0; i < boxes.count(); i++) {
                    boxes.nth(i).check();
                }
                therapist.locator("#assign-plan").click();
                therapist.waitForLoadState();
            }
            assertThat(therapist.locator("#plan-assigned")).containsText("Plan version 1 assigned");
            shot(therapist, "09-plan-assigned");

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
                patient.getByLabel("Pain before").fill("8");
                patient.getByLabel("Pain after").fill("7");
                patient.getByLabel("How hard it felt").fill("6");
                patient.locator("#submit-session").click();
                patient.waitForLoadState();
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
            patient.getByLabel("Numbness in your legs that is getting worse").check();
            assertThat(patient.locator("#emergency-warning")).isVisible();
            shot(patient, "13-checkin-emergency-flag");
            patient.getByLabel("Numbness in your legs that is getting worse").uncheck();
            patient.getByLabel("Pain (0-10)").fill("5");
            patient.locator("#submit-checkin").click();
            assertThat(patient.locator("h1")).hasText("Check-in saved");
            shot(patient, "14-checkin-saved");

            patient.navigate(PORTAL + "/patient/progress");
            assertThat(patient.locator("svg.chart")).isVisible();
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

            therapist.navigate(PORTAL + "/therapist/exercises");
            Locator card = therapist.locator("article[data-exercise-id='" + id + "']");
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

    private static BrowserContext desktop() {
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        ctx.setDefaultTimeout(20_000);
        return ctx;
    }

    private static Page login(BrowserContext ctx, String user) {
        Page page = ctx.newPage();
        page.navigate(PORTAL + "/login");
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(PORTAL));
        return page;
    }

    /** Reloads the page until the condition holds (an event crossing Kafka), or fails after {@link #CROSSING}. */
    private static void eventually(Page page, BooleanSupplier condition) {
        Instant until = Instant.now().plus(CROSSING);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not reached within " + CROSSING + " on " + page.url());
            }
            page.waitForTimeout(1000);
            page.reload();
        }
    }

    /** The page at phone and desktop width. */
    private static void shot(Page page, String name) {
        page.setViewportSize(375, 812);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + "-375.png")));
        page.setViewportSize(1280, 900);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + "-1280.png")));
    }
}
